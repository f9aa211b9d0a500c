package io.duijie.intake.profiles;

import java.util.Objects;

import io.duijie.contracts.Contact;
import io.duijie.intake.reference.Text;
import io.duijie.intake.validation.EmailAddress;
import io.duijie.intake.validation.PhoneNumber;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A contact person as submitted. Personal data: never logged.
 *
 * @param name full name
 * @param phone a mainland mobile or landline, or a +852/+853 number
 * @param email an e-mail address
 */
@Reachable
@Schema(description = "A contact person (personal data, never logged); at least one of phone and email")
public record ContactRequest(

		@Schema(example = "陈志强", requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank(message = "{required}") @Size(
				max = 100, message = "{tooLong}") @Nullable String name,

		@Schema(example = "13800000001",
				description = "A mainland mobile (1[3-9] and 9 digits) or landline "
						+ "(0763-3888888), or +852/+853 and 8 digits") @PhoneNumber @Size(max = 40,
								message = "{tooLong}") @Nullable String phone,

		@Schema(example = "chen@example.com") @EmailAddress @Nullable String email) {

	/** The contact, trimmed; call only on a valid request. */
	public Contact toContact() {
		return new Contact(Objects.requireNonNull(Text.trimToNull(this.name)), Text.trimToNull(this.phone),
				Text.trimToNull(this.email));
	}

}
