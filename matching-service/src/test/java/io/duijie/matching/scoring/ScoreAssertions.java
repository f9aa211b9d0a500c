package io.duijie.matching.scoring;

import io.duijie.contracts.MatchReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** What every score must be, whatever the pair. */
final class ScoreAssertions {

	private ScoreAssertions() {
	}

	/**
	 * A score in [0, 1] with 3 decimals whose contributions (each positive, a kebab-case
	 * factor, explained in both languages) sum to it; a hard mismatch scores 0, has no
	 * reasons and says why.
	 */
	static void assertWellFormed(Score score) {
		assertThat(score.value()).isBetween(0.0, 1.0);
		assertThat(score.value() * 1000).isCloseTo(Math.rint(score.value() * 1000), within(1e-6));
		if (score.hardMismatch() != null) {
			assertThat(score.value()).isZero();
			assertThat(score.reasons()).isEmpty();
			assertThat(score.reaches(0.0)).isFalse();
			assertExplained(score.hardMismatch());
			return;
		}
		assertThat(score.reasons().stream().mapToDouble(MatchReason::contribution).sum())
			.as("contributions of %s", score)
			.isCloseTo(score.value(), within(1e-9));
		assertThat(score.reasons()).allSatisfy((reason) -> {
			assertThat(reason.contribution()).isPositive();
			assertExplained(reason);
		});
		assertThat(score.reasons()).extracting(MatchReason::factor).doesNotHaveDuplicates();
	}

	private static void assertExplained(MatchReason reason) {
		assertThat(reason.factor()).matches("^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$");
		assertThat(reason.zh()).isNotBlank().doesNotContain("null");
		assertThat(reason.en()).isNotBlank().doesNotContain("null");
	}

}
