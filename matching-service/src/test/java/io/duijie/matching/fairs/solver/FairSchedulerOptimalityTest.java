package io.duijie.matching.fairs.solver;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduler against the optimum CP-SAT proves ({@link CpSatOptimum}) on a handful of
 * small generated instances; the full comparison (30 instances up to 60 participants, 300
 * requests, 16 slots) is {@code benchmarks/fairs.sh}.
 */
class FairSchedulerOptimalityTest {

	@Test
	void schedulesNearlyTheOptimumAndNeverBoundsBelowIt() {
		int[] instances = { 0, 1, 3, 5, 6 };
		double sum = 0;
		for (int i : instances) {
			Problem problem = FairInstances.generate(FairInstances.comparison(i, 7));
			CpSatOptimum.Result optimum = CpSatOptimum.solve(problem, 30);
			assertThat(optimum.proven()).as("CP-SAT proves instance %d optimal", i).isTrue();
			Solution solution = Fairs.solve(problem, Duration.ofSeconds(2));
			double ratio = (double) solution.report().scheduledWeight() / optimum.weight();
			assertThat(ratio).as("instance %d: %d of %d", i, solution.report().scheduledWeight(), optimum.weight())
				.isGreaterThanOrEqualTo(0.95);
			assertThat(solution.report().upperBound()).isGreaterThanOrEqualTo(optimum.weight());
			sum += ratio;
		}
		assertThat(sum / instances.length).isGreaterThanOrEqualTo(0.97);
	}

}
