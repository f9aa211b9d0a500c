package io.duijie.matching.scoring;

import java.util.List;

import io.duijie.contracts.MatchReason;
import org.jspecify.annotations.Nullable;

/**
 * The score of one enterprise–partner pair: the sum of the factors' contributions
 * (rounded to 3 decimals, in [0, 1]), one {@link MatchReason} per contributing factor, or
 * a hard mismatch that rules the pair out whatever the rest.
 *
 * @param value the score in [0, 1], 0 for a hard mismatch
 * @param reasons one per contributing factor; their contributions sum to {@code value}
 * @param hardMismatch why the pair can never match (e.g. a space far smaller than
 * needed), or {@code null}
 */
public record Score(double value, List<MatchReason> reasons, @Nullable MatchReason hardMismatch) {

	public Score {
		reasons = List.copyOf(reasons);
	}

	/** A pair that can never match, and why. */
	public static Score mismatch(MatchReason reason) {
		return new Score(0, List.of(), reason);
	}

	/**
	 * True when the pair is a match at this threshold: no hard mismatch, a reason, and a
	 * high enough score.
	 */
	public boolean reaches(double threshold) {
		return this.hardMismatch == null && !this.reasons.isEmpty() && this.value >= threshold;
	}

}
