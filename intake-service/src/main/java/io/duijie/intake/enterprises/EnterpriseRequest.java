package io.duijie.intake.enterprises;

import java.util.List;

import io.duijie.contracts.EnterpriseSize;
import io.duijie.contracts.IdentityType;
import io.duijie.contracts.Stage;
import io.duijie.intake.profiles.ContactRequest;
import io.duijie.intake.validation.ChineseName;
import io.duijie.intake.validation.IndustryCode;
import io.duijie.intake.validation.KnownRegion;
import io.duijie.intake.validation.OneOf;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise profile as submitted ({@code POST /api/enterprises}). Any component may
 * be missing from the JSON; the constraints say which must not. Enumerations travel as
 * strings so that a wrong value is reported together with every other invalid field.
 */
@CreditCodeMatchesIdentity
@Schema(name = "EnterpriseRequest", description = "An enterprise (企业) as submitted")
record EnterpriseRequest(

		@Schema(description = "Registered Chinese name (企业名称)", example = "佛山市南海区华信铝型材有限公司",
				requiredMode = RequiredMode.REQUIRED) @NotBlank(message = "{required}") @Size(max = 200,
						message = "{tooLong}") @ChineseName @Nullable String name,

		@Schema(description = "English name", example = "Foshan Nanhai Huaxin Aluminium Co., Ltd.") @Size(max = 200,
				message = "{tooLong}") @Nullable String nameEn,

		@Schema(description = "统一社会信用代码: 18 characters with its GB 32100-2015 check character; or a Hong Kong "
				+ "Companies Registry number (1 to 8 digits) or Business Registration number (8 digits) (HK_CR) or a Macau commercial registration number "
				+ "(1 to 8 digits, MO_CR). Trimmed, full-width made half-width, upper case.",
				example = "91440300MA5GDM01X1", requiredMode = RequiredMode.REQUIRED) @NotBlank(
						message = "{required}") @Size(max = 32, message = "{tooLong}") @Nullable String creditCode,

		@Schema(description = "The register of creditCode; by default from region: Hong Kong HK_CR, Macau MO_CR, "
				+ "else USCC",
				allowableValues = {
						"USCC", "HK_CR", "MO_CR" }) @OneOf(IdentityType.class) @Nullable String identityType,

		@Schema(description = "A six-digit GB/T 2260 code or a name such as 深圳, 深圳市, Shenzhen, 香港", example = "深圳",
				requiredMode = RequiredMode.REQUIRED) @NotBlank(
						message = "{required}") @KnownRegion @Nullable String region,

		@Schema(description = "GB/T 4754-2017 codes: a section letter and/or 2 to 4 digits (3252, C3252), "
				+ "normalised to the digits", example = "[\"3252\", \"C3240\"]") @Size(max = 50,
						message = "{tooMany}") @Nullable List<@IndustryCode @Nullable String> industryCodes,

		@Schema(description = "Main business (主营业务), free text", requiredMode = RequiredMode.REQUIRED) @NotBlank(
				message = "{required}") @Size(max = 2000, message = "{tooLong}") @Nullable String description,

		@Schema(allowableValues = { "SEED", "STARTUP", "GROWTH", "MATURE",
				"LISTED" }) @OneOf(Stage.class) @Nullable String stage,

		@Schema(description = "Labels such as 高新技术企业, 专精特新, 瞪羚企业, 科技小巨人, 独角兽, 上市企业 (others are "
				+ "kept too); trimmed, duplicates dropped") @Size(
						max = 50,
						message = "{tooMany}") @Nullable List<@Size(max = 50,
								message = "{tooLong}") @Nullable String> tags,

		@Valid @Nullable NeedsRequest needs,

		@Schema(requiredMode = RequiredMode.REQUIRED) @NotNull(
				message = "{required}") @Valid @Nullable ContactRequest contact,

		@Schema(description = "The park staff member (招商人员) who owns this lead",
				example = "staff-qy-01") @Size(max = 100, message = "{tooLong}") @Nullable String ownerStaffId,

		@Schema(description = "Size class (企业规模): MICRO 微型, SMALL 小型, MEDIUM 中型, LARGE 大型", example = "MEDIUM",
				allowableValues = { "MICRO", "SMALL", "MEDIUM",
						"LARGE" }) @OneOf(EnterpriseSize.class) @Nullable String size){

	/**
	 * What the enterprise looks for.
	 *
	 * @param landAreaM2 land (用地), m²
	 * @param factoryAreaM2 factory floor (厂房), m²
	 * @param fundingCny funding (融资), CNY
	 * @param rdTopics R&D topics (研发需求)
	 * @param powerKva electric power (用电容量), kVA
	 * @param maxRentCnyPerM2Month the highest rent it would pay (租金上限), CNY per m² and
	 * month
	 */
	@Schema(name = "NeedsRequest", description = "What the enterprise looks for (需求)")
	record NeedsRequest(

			@PositiveOrZero(message = "{negative}") @Nullable Long landAreaM2,

			@PositiveOrZero(message = "{negative}") @Nullable Long factoryAreaM2,

			@PositiveOrZero(message = "{negative}") @Nullable Long fundingCny,

			@Size(max = 50,
					message = "{tooMany}") @Nullable List<@Size(max = 200,
							message = "{tooLong}") @Nullable String> rdTopics,

			@Schema(description = "Electric power needed (用电容量), kVA; a space that supplies less is never proposed",
					example = "2500") @PositiveOrZero(message = "{negative}") @Nullable Long powerKva,

			@Schema(description = "The highest rent the enterprise would pay (租金上限), CNY per m² and month, 0 to 10000; "
					+ "a dearer space is never proposed",
					example = "18.5") @PositiveOrZero(message = "{negative}") @DecimalMax(value = "10000",
							message = "{tooLarge}") @Nullable Double maxRentCnyPerM2Month) {
	}

}
