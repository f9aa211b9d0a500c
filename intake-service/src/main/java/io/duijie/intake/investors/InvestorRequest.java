package io.duijie.intake.investors;

import java.util.List;

import io.duijie.contracts.Stage;
import io.duijie.intake.profiles.ContactRequest;
import io.duijie.intake.validation.IndustryCode;
import io.duijie.intake.validation.KnownRegion;
import io.duijie.intake.validation.OneOf;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An investor or fund as submitted ({@code POST /api/investors}).
 */
@TicketRange
@Schema(name = "InvestorRequest", description = "An investor or fund (投资机构/产业基金) as submitted")
record InvestorRequest(

		@Schema(description = "Name; also its identity (a resubmission with the same name is a new version)",
				example = "粤科清远创新创业投资基金", requiredMode = RequiredMode.REQUIRED) @NotBlank(
						message = "{required}") @Size(max = 200, message = "{tooLong}") @Nullable String name,

		@Schema(description = "English name") @Size(max = 200, message = "{tooLong}") @Nullable String nameEn,

		@Schema(description = "Sectors in words (投资领域), e.g. 新材料, 新能源") @Size(max = 50,
				message = "{tooMany}") @Nullable List<@Size(max = 100, message = "{tooLong}") @Nullable String> sectors,

		@Schema(description = "GB/T 4754-2017 codes: a section letter and/or 2 to 4 digits, normalised to the digits") @Size(
				max = 100, message = "{tooMany}") @Nullable List<@IndustryCode @Nullable String> industryCodes,

		@Schema(description = "Stages it invests in: SEED, STARTUP, GROWTH, MATURE, LISTED") @Size(max = 5,
				message = "{tooMany}") @Nullable List<@OneOf(Stage.class) @Nullable String> stages,

		@Schema(description = "Smallest ticket per deal, CNY",
				example = "5000000") @PositiveOrZero(message = "{negative}") @Nullable Long ticketMinCny,

		@Schema(description = "Largest ticket per deal, CNY; not below ticketMinCny",
				example = "50000000") @PositiveOrZero(message = "{negative}") @Nullable Long ticketMaxCny,

		@Schema(description = "Regions it invests in: GB/T 2260 codes or names (清远, 深圳, 441800), "
				+ "normalised to codes; none means anywhere") @Size(max = 100,
						message = "{tooMany}") @Nullable List<@KnownRegion @Nullable String> regions,

		@Schema(description = "What the investor does (机构简介)") @Size(max = 2000,
				message = "{tooLong}") @Nullable String description,

		@Valid @Nullable ContactRequest contact,

		@Schema(description = "The park staff member who owns this investor") @Size(max = 100,
				message = "{tooLong}") @Nullable String ownerStaffId) {
}
