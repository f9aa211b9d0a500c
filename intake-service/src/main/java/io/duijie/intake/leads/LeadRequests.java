package io.duijie.intake.leads;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The request bodies of the pipeline API. Every field is read as given (nullable
 * strings), so that every invalid field is reported at once, in the client's language.
 */
final class LeadRequests {

	private LeadRequests() {
	}

	@Schema(name = "LeadRequest", description = "A new lead (线索)")
	record Register(
			@Schema(description = "The enterprise's Duijie id (from POST /api/enterprises)",
					requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String enterpriseId,
			@Schema(description = "Defaults to the enterprise profile's name") @Nullable String enterpriseName,
			@Schema(description = "Source city (GB/T 2260 code or name); defaults to the enterprise profile's region",
					example = "深圳") @Nullable String city,
			@Schema(description = "Cluster of interest", example = "新材料") @Nullable String cluster,
			@Schema(example = "清远高新区") @Nullable String parkName, @Schema(allowableValues = {
					"FAIR", "MATCH", "IMPORT", "MANUAL" }, description = "Default MANUAL") @Nullable String source,
			@Schema(description = "Required when source is FAIR") @Nullable String fairId,
			@Schema(description = "<enterpriseId>~<partnerId>; required when source is MATCH") @Nullable String matchId,
			@Schema(description = "Owning staff id; defaults to by", example = "staff-qy-017") @Nullable String owner,
			@Schema(description = "Who records it (staff id)", requiredMode = Schema.RequiredMode.REQUIRED,
					example = "staff-qy-017") @Nullable String by,
			@Schema(description = "When (RFC 3339); default now") @Nullable String at, @Nullable String note){
	}

	@Schema(name = "LeadStageRequest",
			description = "Move a lead: forward one or more steps; back or to LOST only with the reason in note")
	record Stage(@Schema(allowableValues = {
			"LEAD", "CONTACTED", "NEGOTIATING", "SIGNED", "STARTED", "PRODUCING", "LOST" },
			requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String stage,
			@Schema(description = "Required (the reason) to move back, to LOST, or out of LOST") @Nullable String note,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "staff-qy-017") @Nullable String by,
			@Schema(description = "When it happened (RFC 3339); default now") @Nullable String at){
	}

	@Schema(name = "LeadAmountRequest",
			description = "Exactly one of contractedCny (签约额, replaces) and arrivedCny (到资, adds up), whole yuan")
	record Amount(@Schema(example = "500000000") @Nullable Long contractedCny,
			@Schema(example = "120000000") @Nullable Long arrivedCny, @Nullable String note,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "staff-qy-017") @Nullable String by,
			@Schema(description = "When (RFC 3339); default now") @Nullable String at) {
	}

	@Schema(name = "LeadHandoverRequest", description = "Hand a lead to another staff member (移交)")
	record Handover(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "staff-qy-022") @Nullable String to,
			@Nullable String note,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "staff-qy-003") @Nullable String by) {
	}

}
