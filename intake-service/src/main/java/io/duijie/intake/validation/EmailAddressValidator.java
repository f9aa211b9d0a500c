package io.duijie.intake.validation;

import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

class EmailAddressValidator implements ConstraintValidator<EmailAddress, String> {

	private static final Pattern EMAIL = Pattern.compile("(?=[^@]{1,64}@)[A-Za-z0-9_%+'-]+(?:\\.[A-Za-z0-9_%+'-]+)*@"
			+ "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

	@Override
	public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
		if (value == null || value.isBlank()) {
			return true;
		}
		String email = value.strip();
		return email.length() <= 254 && EMAIL.matcher(email).matches();
	}

}
