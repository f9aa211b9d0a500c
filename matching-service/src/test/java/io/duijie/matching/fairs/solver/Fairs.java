package io.duijie.matching.fairs.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Small helpers for crafted problems, and the checks every test runs on a schedule. */
final class Fairs {

	private Fairs() {
	}

	static BitSet slots(int... slots) {
		BitSet b = new BitSet();
		for (int s : slots) {
			b.set(s);
		}
		return b;
	}

	static BitSet all(int slots) {
		BitSet b = new BitSet();
		b.set(0, slots);
		return b;
	}

	static Participant person(String id, String group, int max, BitSet available) {
		return new Participant(id, group, max, available, null);
	}

	static Participant speaker(String id, String language, int slots) {
		return new Participant(id, "enterprise", slots, all(slots), language);
	}

	static List<Table> plainTables(int n) {
		List<Table> tables = new ArrayList<>();
		for (int t = 0; t < n; t++) {
			tables.add(new Table("T" + t, Set.of()));
		}
		return tables;
	}

	static List<Integer> oneSession(int slots) {
		return FairInstances.sessions(slots, 1);
	}

	/**
	 * Solves and checks what every schedule must satisfy: no checker violation, every
	 * request placed or unscheduled exactly once, a report consistent with the
	 * placements, a bound not below the weight placed.
	 */
	static Solution solve(Problem problem, Duration limit) {
		Solution solution = new FairScheduler().solve(problem, limit);
		assertValid(problem, solution);
		return solution;
	}

	static Solution solve(Problem problem) {
		return solve(problem, Duration.ofSeconds(10));
	}

	static void assertValid(Problem problem, Solution solution) {
		assertThat(new ScheduleChecker().violations(problem, solution.placements())).isEmpty();
		List<String> ids = new ArrayList<>();
		solution.placements().forEach((p) -> ids.add(p.requestId()));
		solution.unscheduled().forEach((u) -> ids.add(u.requestId()));
		assertThat(ids).containsExactlyInAnyOrderElementsOf(problem.requests().stream().map(Request::id).toList());
		Report report = solution.report();
		long weight = 0;
		for (Placement p : solution.placements()) {
			weight += problem.requests()
				.stream()
				.filter((r) -> r.id().equals(p.requestId()))
				.findFirst()
				.orElseThrow()
				.weight();
		}
		assertThat(report.scheduled()).isEqualTo(solution.placements().size());
		assertThat(report.requested()).isEqualTo(problem.requests().size());
		assertThat(report.scheduledWeight()).isEqualTo(weight);
		assertThat(report.upperBound()).isGreaterThanOrEqualTo(weight);
		assertThat(report.gap()).isBetween(0.0, 1.0);
	}

}
