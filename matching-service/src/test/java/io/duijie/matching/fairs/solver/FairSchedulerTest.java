package io.duijie.matching.fairs.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static io.duijie.matching.fairs.solver.Fairs.all;
import static io.duijie.matching.fairs.solver.Fairs.oneSession;
import static io.duijie.matching.fairs.solver.Fairs.person;
import static io.duijie.matching.fairs.solver.Fairs.plainTables;
import static io.duijie.matching.fairs.solver.Fairs.slots;
import static io.duijie.matching.fairs.solver.Fairs.solve;
import static org.assertj.core.api.Assertions.assertThat;

class FairSchedulerTest {

	@Test
	void respectsEveryHardConstraintOnAMixedInstance() {
		for (int seed = 0; seed < 6; seed++) {
			Problem problem = FairInstances
				.generate(new FairInstances.Spec(40, 220, 10, 2, 8, 0.25, 0.2, true, 2, 7, true, 0.3, seed));
			Solution solution = solve(problem, Duration.ofSeconds(1));
			assertThat(solution.placements()).hasSizeGreaterThan(40);
		}
	}

	@Test
	void meetingsNeedingALanguageGetATableOfferingIt() {
		// two slots, one English table: the two meetings needing English take it in turn
		Problem problem = new Problem(oneSession(2),
				List.of(new Table("EN", Set.of("en")), new Table("P1", Set.of()), new Table("P2", Set.of())),
				List.of(new Participant("A", "enterprise", 2, all(2), "en"),
						new Participant("B", "enterprise", 2, all(2), null), person("G", "government", 2, all(2)),
						person("H", "government", 2, all(2))),
				List.of(new Request("AG", "A", "G", 1), new Request("AH", "A", "H", 1), new Request("BG", "B", "G", 1),
						new Request("BH", "B", "H", 1)),
				Set.of(), List.of(), List.of());
		Solution solution = solve(problem);
		assertThat(solution.placements()).hasSize(4)
			.filteredOn((p) -> p.requestId().startsWith("A"))
			.allMatch((p) -> p.tableId().equals("EN"));
	}

	@Test
	void keepsLockedPlacementsExactly() {
		Problem generated = FairInstances
			.generate(new FairInstances.Spec(30, 120, 8, 1, 6, 0.3, 0.1, false, 3, 6, false, 0.4, 7));
		Solution free = solve(generated);
		// lock a third of the free schedule somewhere else: shifted one slot, at the same
		// table
		List<Placement> locks = new ArrayList<>();
		Set<String> taken = new java.util.HashSet<>();
		for (int i = 0; i < free.placements().size(); i += 3) {
			Placement p = free.placements().get(i);
			Placement lock = new Placement(p.requestId(), (p.slot() + 1) % 8, p.tableId());
			Request r = generated.requests()
				.stream()
				.filter((q) -> q.id().equals(p.requestId()))
				.findFirst()
				.orElseThrow();
			if (taken.add(lock.slot() + "/" + lock.tableId()) && taken.add(lock.slot() + "/" + r.a())
					&& taken.add(lock.slot() + "/" + r.b())) {
				locks.add(lock);
			}
		}
		Problem locked = new Problem(generated.slotSessions(), generated.tables(), generated.participants(),
				generated.requests(), generated.allowed(), locks, List.of());
		Solution solution = solve(locked);
		assertThat(locks).isNotEmpty();
		assertThat(solution.placements()).containsAll(locks);
	}

	@Test
	void aHeavierRequestWinsTheLastSlot() {
		// G has one meeting left; the must-meet takes it
		Problem problem = new Problem(oneSession(3), plainTables(2),
				List.of(person("A", "enterprise", 3, all(3)), person("B", "enterprise", 3, all(3)),
						person("G", "government", 1, all(3))),
				List.of(new Request("light", "A", "G", 1), new Request("heavy", "B", "G", 10)), Set.of(), List.of(),
				List.of());
		Solution solution = solve(problem);
		assertThat(solution.placements()).extracting(Placement::requestId).containsExactly("heavy");
		assertThat(solution.report().scheduledWeight()).isEqualTo(10);
		assertThat(solution.report().upperBound()).isEqualTo(10);
	}

	@Test
	void amongEqualWeightsTheFairerScheduleWins() {
		// H takes one meeting; A also meets K. Placing A–H leaves B without any meeting:
		// the fairer schedule gives H to B
		Problem problem = new Problem(oneSession(2), plainTables(2),
				List.of(person("A", "enterprise", 2, all(2)), person("B", "enterprise", 2, all(2)),
						person("H", "government", 1, all(2)), person("K", "government", 2, all(2))),
				List.of(new Request("AH", "A", "H", 1), new Request("BH", "B", "H", 1), new Request("AK", "A", "K", 1)),
				Set.of(), List.of(), List.of());
		Solution solution = solve(problem);
		assertThat(solution.placements()).extracting(Placement::requestId).containsExactlyInAnyOrder("BH", "AK");
		assertThat(solution.report().fewestMeetings()).isEqualTo(1);
	}

	@Test
	void closesIdleGaps() {
		// H meets E1 (slots 0-1) and E2 (slots 2-3) in one session: only 1 and 2 leave no
		// gap
		Problem problem = new Problem(oneSession(4), plainTables(2),
				List.of(person("E1", "enterprise", 4, slots(0, 1)), person("E2", "enterprise", 4, slots(2, 3)),
						person("H", "government", 4, all(4))),
				List.of(new Request("one", "E1", "H", 10), new Request("two", "E2", "H", 1)), Set.of(), List.of(),
				List.of());
		Solution solution = solve(problem);
		assertThat(solution.report().idleGaps()).isZero();
		assertThat(solution.placements()).extracting(Placement::slot).containsExactlyInAnyOrder(1, 2);
	}

	@Test
	void givesEachUnscheduledRequestItsCause() {
		Problem problem = new Problem(oneSession(4), List.of(new Table("T", Set.of()), new Table("FR", Set.of("fr"))),
				List.of(person("E1", "enterprise", 4, all(4)), person("E2", "enterprise", 4, slots(0, 1)),
						person("E3", "enterprise", 4, slots(2, 3)), new Participant("J", "enterprise", 4, all(4), "ja"),
						new Participant("F", "enterprise", 4, all(4), "fr"),
						new Participant("D", "enterprise", 4, all(4), "de"), person("G", "government", 1, all(4)),
						person("H", "government", 4, slots(0)), person("I", "investor", 4, all(4))),
				List.of(new Request("unknown", "E1", "nobody", 1), new Request("rule", "G", "I", 1),
						new Request("never", "E2", "E3", 1), new Request("language", "J", "E1", 1),
						new Request("two-languages", "F", "D", 1), new Request("full-first", "E1", "G", 10),
						new Request("capacity", "E2", "G", 1), new Request("busy-first", "E1", "H", 10),
						new Request("busy", "E2", "H", 1)),
				Set.of(GroupPair.of("enterprise", "enterprise"), GroupPair.of("enterprise", "government"),
						GroupPair.of("enterprise", "investor")),
				List.of(), List.of());
		Solution solution = solve(problem);
		Map<String, Unscheduled> causes = new HashMap<>();
		solution.unscheduled().forEach((u) -> causes.put(u.requestId(), u));
		assertThat(causes.get("unknown").cause()).isEqualTo(Unscheduled.Cause.UNKNOWN_PARTICIPANT);
		assertThat(causes.get("unknown").participantId()).isEqualTo("nobody");
		assertThat(causes.get("rule").cause()).isEqualTo(Unscheduled.Cause.RULE);
		assertThat(causes.get("rule").detail()).contains("government").contains("investor");
		assertThat(causes.get("never").cause()).isEqualTo(Unscheduled.Cause.NO_COMMON_SLOT);
		assertThat(causes.get("language").cause()).isEqualTo(Unscheduled.Cause.NO_TABLE);
		assertThat(causes.get("language").participantId()).isEqualTo("J");
		assertThat(causes.get("language").detail()).contains("ja");
		assertThat(causes.get("two-languages").cause()).isEqualTo(Unscheduled.Cause.NO_TABLE);
		assertThat(causes.get("two-languages").participantId()).isEqualTo("D");
		assertThat(causes.get("capacity").cause()).isEqualTo(Unscheduled.Cause.CAPACITY);
		assertThat(causes.get("capacity").participantId()).isEqualTo("G");
		assertThat(causes.get("busy").cause()).isEqualTo(Unscheduled.Cause.BUSY);
		assertThat(causes.get("busy").participantId()).isEqualTo("H");
		assertThat(causes).doesNotContainKeys("full-first", "busy-first");
		assertThat(causes.values()).allMatch((u) -> !u.detail().isBlank());
	}

	@Test
	void isDeterministic() {
		Problem problem = FairInstances
			.generate(new FairInstances.Spec(40, 200, 12, 2, 8, 0.25, 0.15, true, 3, 8, true, 0.3, 11));
		Solution one = solve(problem, Duration.ofSeconds(30));
		Solution two = solve(problem, Duration.ofSeconds(30));
		assertThat(one.report().totalMillis()).isLessThan(30 * 800);
		assertThat(two.placements()).isEqualTo(one.placements());
		assertThat(two.unscheduled()).isEqualTo(one.unscheduled());
	}

	@Test
	void aFairWithoutTablesOrSlotsSchedulesNothing() {
		Problem problem = new Problem(List.of(), List.of(),
				List.of(person("A", "enterprise", 2, all(0)), person("B", "enterprise", 2, all(0))),
				List.of(new Request("r", "A", "B", 1)), Set.of(), List.of(), List.of());
		Solution solution = solve(problem);
		assertThat(solution.placements()).isEmpty();
		assertThat(solution.unscheduled()).singleElement()
			.extracting(Unscheduled::cause)
			.isEqualTo(Unscheduled.Cause.NO_COMMON_SLOT);
	}

}
