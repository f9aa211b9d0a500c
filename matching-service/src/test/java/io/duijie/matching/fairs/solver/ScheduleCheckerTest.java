package io.duijie.matching.fairs.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static io.duijie.matching.fairs.solver.Fairs.all;
import static io.duijie.matching.fairs.solver.Fairs.slots;
import static org.assertj.core.api.Assertions.assertThat;

class ScheduleCheckerTest {

	private final ScheduleChecker checker = new ScheduleChecker();

	/**
	 * Three slots, an interpreted table and a plain one; E1 needs English and is away in
	 * slot 2; G1 takes at most two meetings; investors may not meet investors.
	 */
	private final Problem problem = new Problem(List.of(0, 0, 0),
			List.of(new Table("EN", Set.of("en")), new Table("PLAIN", Set.of())),
			List.of(new Participant("E1", "enterprise", 3, slots(0, 1), "en"),
					new Participant("E2", "enterprise", 3, all(3), null),
					new Participant("G1", "government", 2, all(3), null),
					new Participant("I1", "investor", 3, all(3), null),
					new Participant("I2", "investor", 3, all(3), null)),
			List.of(new Request("r1", "E1", "G1", 10), new Request("r2", "E2", "G1", 1),
					new Request("r3", "E2", "I1", 1), new Request("r4", "I1", "I2", 1),
					new Request("r5", "E1", "I1", 1)),
			Set.of(GroupPair.of("enterprise", "government"), GroupPair.of("enterprise", "investor")),
			List.of(new Placement("r3", 2, "PLAIN")), List.of());

	private final List<Placement> valid = List.of(new Placement("r1", 0, "EN"), new Placement("r2", 1, "PLAIN"),
			new Placement("r3", 2, "PLAIN"), new Placement("r5", 1, "EN"));

	@Test
	void aValidScheduleHasNoViolation() {
		assertThat(this.checker.violations(this.problem, this.valid)).isEmpty();
	}

	@Test
	void unknownRequestSlotAndTable() {
		assertThat(violations(new Placement("nope", 0, "PLAIN")))
			.anyMatch((v) -> v.contains("nope is not in the problem"));
		assertThat(this.checker.violations(this.problem, replace("r2", new Placement("r2", 7, "PLAIN"))))
			.anyMatch((v) -> v.contains("slot 7, which does not exist"));
		assertThat(this.checker.violations(this.problem, replace("r2", new Placement("r2", 1, "T9"))))
			.anyMatch((v) -> v.contains("table T9, which does not exist"));
	}

	@Test
	void aRequestPlacedTwice() {
		assertThat(violations(new Placement("r2", 2, "EN"))).anyMatch((v) -> v.contains("r2 is placed twice"));
	}

	@Test
	void aParticipantBookedTwice() {
		// G1 in r1 (slot 0) and r2 moved to slot 0
		assertThat(this.checker.violations(this.problem, replace("r2", new Placement("r2", 0, "PLAIN"))))
			.containsExactly("G1 is in r1 and r2 in slot 0");
	}

	@Test
	void aTableBookedTwice() {
		assertThat(this.checker.violations(this.problem, replace("r5", new Placement("r5", 1, "PLAIN"))))
			.contains("table PLAIN hosts r2 and r5 in slot 1")
			.anyMatch((v) -> v.contains("does not offer en"));
	}

	@Test
	void anUnavailableSlot() {
		List<Placement> moved = replace("r5", new Placement("r5", 2, "EN"));
		moved = new ArrayList<>(moved);
		moved.remove(new Placement("r3", 2, "PLAIN"));
		assertThat(this.checker.violations(this.problem, moved)).contains("E1 cannot attend slot 2 (request r5)");
	}

	@Test
	void overTheMaximum() {
		Problem tight = new Problem(this.problem.slotSessions(), this.problem.tables(),
				List.of(new Participant("E1", "enterprise", 3, slots(0, 1), "en"),
						new Participant("E2", "enterprise", 3, all(3), null),
						new Participant("G1", "government", 1, all(3), null),
						new Participant("I1", "investor", 3, all(3), null),
						new Participant("I2", "investor", 3, all(3), null)),
				this.problem.requests(), this.problem.allowed(), this.problem.locked(), List.of());
		assertThat(this.checker.violations(tight, this.valid))
			.containsExactly("G1 has 2 meetings, more than its maximum of 1");
	}

	@Test
	void aRuleBroken() {
		assertThat(violations(new Placement("r4", 0, "PLAIN")))
			.containsExactly("request r4 makes group investor meet group investor, which the rules forbid");
	}

	@Test
	void aLanguageNotOffered() {
		List<Placement> swapped = new ArrayList<>(replace("r1", new Placement("r1", 0, "PLAIN")));
		assertThat(this.checker.violations(this.problem, swapped))
			.containsExactly("table PLAIN does not offer en, which E1 needs (request r1)");
	}

	@Test
	void aLockNotKept() {
		List<Placement> unlocked = new ArrayList<>(this.valid);
		unlocked.remove(new Placement("r3", 2, "PLAIN"));
		unlocked.add(new Placement("r3", 2, "EN"));
		assertThat(this.checker.violations(this.problem, unlocked))
			.containsExactly("locked placement Placement[requestId=r3, slot=2, tableId=PLAIN] is not kept");
	}

	private List<String> violations(Placement extra) {
		List<Placement> placements = new ArrayList<>(this.valid);
		placements.add(extra);
		return this.checker.violations(this.problem, placements);
	}

	private List<Placement> replace(String requestId, Placement with) {
		List<Placement> placements = new ArrayList<>(this.valid);
		placements.removeIf((p) -> p.requestId().equals(requestId));
		placements.add(with);
		return placements;
	}

}
