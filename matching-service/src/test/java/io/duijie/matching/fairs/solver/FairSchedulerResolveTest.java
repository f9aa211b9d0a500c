package io.duijie.matching.fairs.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FairSchedulerResolveTest {

	private final Problem problem = FairInstances
		.generate(new FairInstances.Spec(200, 1500, 12, 2, 40, 0.2, 0.1, true, 4, 10, true, 0.3, 3));

	private final Solution first = Fairs.solve(this.problem, Duration.ofSeconds(3));

	@Test
	void aReSolveAfterCancellationsMovesFewMeetings() {
		Problem resolve = FairInstances.cancel(this.problem, this.first, 0.05, 4);
		Solution again = Fairs.solve(resolve, Duration.ofSeconds(3));
		int unaffected = FairInstances.unaffected(resolve);
		assertThat(unaffected).isGreaterThan(this.first.placements().size() * 9 / 10);
		assertThat(again.report().moved()).isLessThanOrEqualTo(unaffected / 10);
		// moved counts exactly the unaffected previous placements not kept as they were
		Set<Placement> now = new HashSet<>(again.placements());
		Set<String> still = new HashSet<>();
		resolve.requests().forEach((r) -> still.add(r.id()));
		long changed = resolve.previous()
			.stream()
			.filter((p) -> still.contains(p.requestId()) && !now.contains(p))
			.count();
		assertThat(again.report().moved()).isEqualTo((int) changed);
		// the freed room is used: at least as much weight as the unaffected meetings had
		long kept = this.problem.requests()
			.stream()
			.filter((r) -> still.contains(r.id()))
			.filter((r) -> this.first.placements().stream().anyMatch((p) -> p.requestId().equals(r.id())))
			.mapToLong(Request::weight)
			.sum();
		assertThat(again.report().scheduledWeight()).isGreaterThanOrEqualTo(kept);
	}

	@Test
	void aReSolveWithNothingChangedMovesNothing() {
		Problem same = new Problem(this.problem.slotSessions(), this.problem.tables(), this.problem.participants(),
				this.problem.requests(), this.problem.allowed(), List.of(), this.first.placements());
		Solution again = Fairs.solve(same, Duration.ofSeconds(3));
		assertThat(again.report().moved()).isZero();
		assertThat(again.report().scheduledWeight()).isGreaterThanOrEqualTo(this.first.report().scheduledWeight());
		assertThat(again.placements()).containsAll(this.first.placements());
	}

	@Test
	void aParticipantLeavingDoesNotCountAsMoves() {
		String leaving = this.problem.participants().get(0).id();
		List<Participant> people = new ArrayList<>(this.problem.participants());
		people.remove(0);
		List<Request> requests = new ArrayList<>(this.problem.requests());
		// a new must-meet between two participants who have room
		requests.add(new Request("late", this.problem.participants().get(1).id(),
				this.problem.participants().get(3).id(), FairInstances.MUST));
		Problem changed = new Problem(this.problem.slotSessions(), this.problem.tables(), people, requests,
				this.problem.allowed(), List.of(), this.first.placements());
		Solution again = Fairs.solve(changed, Duration.ofSeconds(3));
		assertThat(again.unscheduled()).filteredOn((u) -> u.participantId().equals(leaving))
			.isNotEmpty()
			.allMatch((u) -> u.cause() == Unscheduled.Cause.UNKNOWN_PARTICIPANT);
		Set<String> withLeaving = new HashSet<>();
		this.problem.requests()
			.stream()
			.filter((r) -> r.a().equals(leaving) || r.b().equals(leaving))
			.forEach((r) -> withLeaving.add(r.id()));
		Set<Placement> now = new HashSet<>(again.placements());
		long changedOthers = this.first.placements()
			.stream()
			.filter((p) -> !withLeaving.contains(p.requestId()) && !now.contains(p))
			.count();
		assertThat(again.report().moved()).isEqualTo((int) changedOthers);

		assertThat(again.report().moved()).isLessThanOrEqualTo(this.first.placements().size() / 10);
	}

	@Test
	void aLateMustMeetTakesTheSlotOfAWouldLike() {
		// x is full and has a would-like in slot s; y may meet x, has room and is free in
		// s
		Map<String, Participant> people = new HashMap<>();
		this.problem.participants().forEach((p) -> people.put(p.id(), p));
		Map<String, Request> requests = new HashMap<>();
		this.problem.requests().forEach((r) -> requests.put(r.id(), r));
		Map<String, Integer> meetings = new HashMap<>();
		Set<String> busy = new HashSet<>();
		for (Placement p : this.first.placements()) {
			Request r = requests.get(p.requestId());
			for (String id : List.of(r.a(), r.b())) {
				meetings.merge(id, 1, Integer::sum);
				busy.add(id + "@" + p.slot());
			}
		}
		Request late = null;
		for (Placement p : this.first.placements()) {
			Request r = requests.get(p.requestId());
			Participant x = people.get(r.a());
			if (r.weight() != FairInstances.WOULD || meetings.get(x.id()) < x.maxMeetings()) {
				continue;
			}
			for (Participant y : this.problem.participants()) {
				if (!y.id().equals(r.b()) && !y.id().equals(x.id())
						&& this.problem.allowed().contains(GroupPair.of(x.group(), y.group()))
						&& meetings.getOrDefault(y.id(), 0) < y.maxMeetings() && y.available().get(p.slot())
						&& !busy.contains(y.id() + "@" + p.slot()) && x.language() == null && y.language() == null) {
					late = new Request("late", x.id(), y.id(), FairInstances.MUST);
					break;
				}
			}
			if (late != null) {
				break;
			}
		}
		assertThat(late).isNotNull();
		List<Request> more = new ArrayList<>(this.problem.requests());
		more.add(late);
		Problem changed = new Problem(this.problem.slotSessions(), this.problem.tables(), this.problem.participants(),
				more, this.problem.allowed(), List.of(), this.first.placements());
		Solution again = Fairs.solve(changed, Duration.ofSeconds(3));
		assertThat(again.placements()).extracting(Placement::requestId).contains("late");
		assertThat(again.report().scheduledWeight()).isGreaterThan(this.first.report().scheduledWeight());
		assertThat(again.report().moved()).isBetween(1, 3);
	}

	@Test
	void lockedPlacementsWinOverPreviousOnes() {
		// lock a placed request into another slot both sides can attend, at its table
		Placement lock = null;
		for (Placement p : this.first.placements()) {
			Request r = this.problem.requests()
				.stream()
				.filter((q) -> q.id().equals(p.requestId()))
				.findFirst()
				.orElseThrow();
			Participant a = this.problem.participants()
				.stream()
				.filter((q) -> q.id().equals(r.a()))
				.findFirst()
				.orElseThrow();
			Participant b = this.problem.participants()
				.stream()
				.filter((q) -> q.id().equals(r.b()))
				.findFirst()
				.orElseThrow();
			for (int s = 0; s < this.problem.slots() && lock == null; s++) {
				if (s != p.slot() && a.available().get(s) && b.available().get(s)) {
					lock = new Placement(p.requestId(), s, p.tableId());
				}
			}
			if (lock != null) {
				break;
			}
		}
		assertThat(lock).isNotNull();
		Problem locked = new Problem(this.problem.slotSessions(), this.problem.tables(), this.problem.participants(),
				this.problem.requests(), this.problem.allowed(), List.of(lock), this.first.placements());
		Solution again = Fairs.solve(locked, Duration.ofSeconds(3));
		assertThat(again.placements()).contains(lock);
		assertThat(again.report().moved()).isLessThanOrEqualTo(this.first.placements().size() / 10);
	}

}
