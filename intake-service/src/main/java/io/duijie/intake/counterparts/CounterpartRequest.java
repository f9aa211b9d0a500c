package io.duijie.intake.counterparts;

import java.util.List;

import io.duijie.contracts.ChainLink;
import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.SpaceType;
import io.duijie.intake.profiles.ContactRequest;
import io.duijie.intake.validation.IndustryCode;
import io.duijie.intake.validation.KnownRegion;
import io.duijie.intake.validation.OneOf;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
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

		@Valid @Nullable ContactRequest contact,

		@Schema(description = "The links of the cluster's industry chain (产业链) and the park's firms in each; "
				+ "PARK_INDUSTRY only, rejected otherwise. Strings trimmed; a link whose name repeats an earlier "
				+ "one is dropped") @Size(max = 30,
						message = "{tooMany}") @Nullable List<@Valid @Nullable ChainLinkRequest> chainLinks){

	/**
	 * One link of a cluster's industry chain.
	 *
	 * @param name the link, e.g. 铝锭熔铸
	 * @param position UPSTREAM, MIDSTREAM or DOWNSTREAM
	 * @param keywords what an enterprise in this link makes or does
	 * @param residents the park's firms already in this link; none means a gap (缺链)
	 */
	@Schema(name = "ChainLinkRequest", description = "One link of an industry chain (产业链环节)")
	record ChainLinkRequest(

			@Schema(description = "The link (环节)", example = "铝锭熔铸", requiredMode = RequiredMode.REQUIRED) @NotBlank(
					message = "{required}") @Size(max = 100, message = "{tooLong}") @Nullable String name,

			@Schema(description = "Position in the chain: UPSTREAM 上游, MIDSTREAM 中游, DOWNSTREAM 下游",
					example = "UPSTREAM", allowableValues = {
							"UPSTREAM", "MIDSTREAM", "DOWNSTREAM" },
					requiredMode = RequiredMode.REQUIRED) @NotBlank(
							message = "{required}") @OneOf(ChainLink.ChainPosition.class) @Nullable String position,

			@Schema(description = "What an enterprise in this link makes or does (关键词); trimmed, duplicates dropped",
					example = "[\"铝锭\", \"铝棒\", \"熔铸\"]") @Size(max = 50,
							message = "{tooMany}") @Nullable List<@Size(max = 100,
									message = "{tooLong}") @Nullable String> keywords,

			@Schema(description = "The park's firms already in this link (链上企业); empty or absent: a gap the park "
					+ "wants to fill (补链); trimmed, duplicates dropped", example = "[\"清远华豪铝业有限公司\"]") @Size(max = 100,
							message = "{tooMany}") @Nullable List<@Size(max = 200,
									message = "{tooLong}") @Nullable String> residents){
	}

	/**
	 * A space on offer.
	 *
	 * @param type FACTORY, OFFICE, LAND, INCUBATOR, LAB, MAKERSPACE, ACCELERATOR or
	 * SCIENCE_PARK
	 * @param areaM2 area in m², more than 0
	 * @param priceCnyPerM2Month monthly rent in CNY per m², if let
	 * @param powerKva electric power the space can supply, kVA, if known
	 */
	@Schema(name = "SpaceRequest", description = "A space on offer (载体)")
	record SpaceRequest(

			@Schema(description = "FACTORY 厂房, OFFICE 写字楼, LAND 用地, INCUBATOR 孵化器, LAB 实验室, MAKERSPACE 众创空间, "
					+ "ACCELERATOR 加速器, SCIENCE_PARK 科技园区", example = "FACTORY",
					allowableValues = {
							"FACTORY", "OFFICE", "LAND", "INCUBATOR", "LAB", "MAKERSPACE", "ACCELERATOR",
							"SCIENCE_PARK" },
					requiredMode = RequiredMode.REQUIRED) @NotBlank(
							message = "{required}") @OneOf(SpaceType.class) @Nullable String type,

			@Schema(description = "Area in m²", example = "5000", requiredMode = RequiredMode.REQUIRED) @NotNull(
					message = "{required}") @Positive(message = "{notPositive}") @Nullable Long areaM2,

			@Schema(description = "Monthly rent, CNY per m², 0 to 10000", example = "12.5") @PositiveOrZero(
					message = "{negative}") @DecimalMax(value = "10000",
							message = "{tooLarge}") @Nullable Double priceCnyPerM2Month,

			@Schema(description = "Electric power the space can supply (供电容量), kVA",
					example = "1250") @PositiveOrZero(message = "{negative}") @Nullable Long powerKva){
	}

}
