package io.duijie.intake.leads;

import java.util.ArrayList;
import java.util.List;

import io.duijie.contracts.LeadAmountRecorded.AmountKind;
import io.duijie.contracts.LeadStage;
import io.duijie.intake.leads.InvalidLeadException.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the 招商 pipeline 线索 → 接洽 → 在谈 → 签约 → 开工 → 投产:
 * <ul>
 * <li>forward one or more steps at any time (a lead may be signed straight from 接洽);</li>
 * <li>back only with the reason in {@code note};</li>
 * <li>to LOST (流失) from any stage, with the reason; out of LOST to any stage (reopened),
 * with the reason;</li>
 * <li>never to the stage it is at;</li>
 * <li>a contracted amount (签约额) from 在谈 on, capital arrived (到资) from 签约 on, neither on a
 * lost lead.</li>
 * </ul>
 */
final class Pipeline {

	private Pipeline() {
	}

	static List<Violation> move(LeadStage from, LeadStage to, @Nullable String note) {
		List<Violation> violations = new ArrayList<>();
		if (from == to) {
			violations.add(Violation.of("stage", "stage.same"));
			return violations;
		}
		if (note != null) {
			return violations;
		}
		if (to == LeadStage.LOST) {
			violations.add(Violation.of("note", "stage.lostNeedsReason"));
		}
		else if (from == LeadStage.LOST) {
			violations.add(Violation.of("note", "stage.reopenNeedsReason"));
		}
		else if (to.ordinal() < from.ordinal()) {
			violations.add(Violation.of("note", "stage.backwardNeedsReason", from.name(), to.name()));
		}
		return violations;
	}

	static List<Violation> amount(LeadStage stage, AmountKind kind, String field) {
		if (stage == LeadStage.LOST) {
			return List.of(Violation.of(field, "amount.lost"));
		}
		if (kind == AmountKind.CONTRACTED && stage.ordinal() < LeadStage.NEGOTIATING.ordinal()) {
			return List.of(Violation.of(field, "amount.contractedTooEarly", stage.name()));
		}
		if (kind == AmountKind.ARRIVED && stage.ordinal() < LeadStage.SIGNED.ordinal()) {
			return List.of(Violation.of(field, "amount.arrivedBeforeSigning", stage.name()));
		}
		return List.of();
	}

}
