package io.duijie.intake.counterparts;

import java.util.List;

import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.SpaceType;
import io.duijie.intake.profiles.ContactRequest;
import io.duijie.intake.validation.IndustryCode;
import io.duijie.intake.validation.KnownRegion;
import io.duijie.intake.validation.OneOf;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A park-side counterpart as submitted ({@code POST /api/counterparts}): an industry
 * cluster, an institution or a space.
 */
@SpaceMatchesKind
@Schema(name = "CounterpartRequest", description = "A park-side counterpart (园区产业集群, 高校/科研院所/平台, 载体) as submitted")
record CounterpartRequest(

		@Schema(allowableValues = {
				"PARK_INDUSTRY", "INSTITUTION", "SPACE" }, requiredMode = RequiredMode.REQUIRED) @NotBlank(
						message = "{required}") @OneOf(CounterpartKind.class) @Nullable String kind,

		@Schema(description = "Name; for PARK_INDUSTRY the cluster, e.g. 新材料", example = "新材料",
				requiredMode = RequiredMode.REQUIRED) @NotBlank(
						message = "{required}") @Size(max = 200, message = "{tooLong}") @Nullable String name,

		@Schema(description = "English name", example = "New materials") @Size(max = 200,
				message = "{tooLong}") @Nullable String nameEn,

		@Schema(description = "The park (园区)", example = "清远高新区", requiredMode = RequiredMode.REQUIRED) @NotBlank(
				message = "{required}") @Size(max = 200, message = "{tooLong}") @Nullable String parkName,

		@Schema(description = "A six-digit GB/T 2260 code or a name", example = "441800",
				requiredMode = RequiredMode.REQUIRED) @NotBlank(
						message = "{required}") @KnownRegion @Nullable String region,

		@Schema(description = "What is on offer (简介)") @Size(max = 2000,
				message = "{tooLong}") @Nullable String description,

		@Schema(description = "GB/T 4754-2017 codes: a section letter and/or 2 to 4 digits, normalised to the digits") @Size(
				max = 100, message = "{tooMany}") @Nullable List<@IndustryCode @Nullable String> industryCodes,

		@Schema(description = "Keywords (关键词), e.g. 铝型材") @Size(max = 100,
				message = "{tooMany}") @Nullable List<@Size(max = 100,
						message = "{tooLong}") @Nullable String> keywords,

		@Schema(description = "Research areas (研究方向); INSTITUTION only") @Size(max = 100,
				message = "{tooMany}") @Nullable List<@Size(max = 100,
						message = "{tooLong}") @Nullable String> researchAreas,

		@Schema(description = "The space on offer: required when kind is SPACE, rejected otherwise") @Valid @Nullable SpaceRequest space,

		@Valid @Nullable ContactRequest contact){

	/**
	 * A space on offer.
	 *
	 * @param type FACTORY, OFFICE, LAND, INCUBATOR or LAB
	 * @param areaM2 area in m², more than 0
	 * @param priceCnyPerM2Month monthly rent in CNY per m², if let
	 */
	@Schema(name = "SpaceRequest", description = "A space on offer (载体)")
	record SpaceRequest(

			@Schema(allowableValues = {
					"FACTORY", "OFFICE", "LAND", "INCUBATOR", "LAB" }, requiredMode = RequiredMode.REQUIRED) @NotBlank(
							message = "{required}") @OneOf(SpaceType.class) @Nullable String type,

			@Schema(description = "Area in m²", example = "5000", requiredMode = RequiredMode.REQUIRED) @NotNull(
					message = "{required}") @Positive(message = "{notPositive}") @Nullable Long areaM2,

			@Schema(description = "Monthly rent, CNY per m²",
					example = "12.5") @PositiveOrZero(message = "{negative}") @Nullable Double priceCnyPerM2Month){
	}

}
