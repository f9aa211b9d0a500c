package io.duijie.matching.fairs.solver;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * König's edge-colouring theorem: a bipartite graph's edges can be coloured with Δ
 * colours. With enterprises × hosts requests, a table per request, everyone available and
 * room for every request, all requests fit in Δ slots, and the scheduler must find that.
 */
class FairSchedulerKonigTest {

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void placesEveryRequestOfABipartiteInstanceInDeltaSlots(long seed) {
		Problem problem = FairInstances.bipartite(60, 12, 300, seed);
		Solution solution = Fairs.solve(problem, Duration.ofSeconds(20));
		assertThat(solution.unscheduled()).isEmpty();
		assertThat(solution.placements()).hasSize(300);
	}

	@ParameterizedTest
	@ValueSource(longs = { 6, 7 })
	void placesEveryRequestOfADenseBipartiteInstance(long seed) {
		// 30 enterprises × 10 hosts, 200 of the 300 pairs: Δ close to the number of
		// hosts' partners
		Problem problem = FairInstances.bipartite(30, 10, 200, seed);
		Solution solution = Fairs.solve(problem, Duration.ofSeconds(20));
		assertThat(solution.report().scheduled()).isEqualTo(200);
	}

}
