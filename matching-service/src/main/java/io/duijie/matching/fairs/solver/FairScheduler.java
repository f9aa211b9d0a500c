package io.duijie.matching.fairs.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places a fair's meetings. PLACEHOLDER: a first-fit greedy pass that keeps locked
 * placements and nothing else; the real scheduler replaces it (same signature).
 */
public final class FairScheduler {

	public Solution solve(Problem problem, Duration timeLimit) {
		long started = System.nanoTime();
		Map<String, Participant> people = new HashMap<>();
		problem.participants().forEach((p) -> people.put(p.id(), p));
		Map<String, BitSet> busy = new HashMap<>();
		Map<Integer, Set<String>> tablesTaken = new HashMap<>();
		Map<String, Integer> meetings = new HashMap<>();
		List<Placement> placements = new ArrayList<>(problem.locked());
		Set<String> placed = new HashSet<>();
		Map<String, Request> byId = new HashMap<>();
		problem.requests().forEach((r) -> byId.put(r.id(), r));
		for (Placement lock : problem.locked()) {
			Request r = byId.get(lock.requestId());
			placed.add(lock.requestId());
			tablesTaken.computeIfAbsent(lock.slot(), (s) -> new HashSet<>()).add(lock.tableId());
			for (String id : List.of(r.a(), r.b())) {
				busy.computeIfAbsent(id, (k) -> new BitSet()).set(lock.slot());
				meetings.merge(id, 1, Integer::sum);
			}
		}
		List<Unscheduled> unscheduled = new ArrayList<>();
		List<Request> order = new ArrayList<>(problem.requests());
		order.sort(Comparator.comparingInt(Request::weight).reversed());
		long weight = 0;
		for (Request r : order) {
			if (placed.contains(r.id())) {
				weight += r.weight();
				continue;
			}
			Participant a = people.get(r.a());
			Participant b = people.get(r.b());
			Placement placement = null;
			if (a != null && b != null && meetings.getOrDefault(a.id(), 0) < a.maxMeetings()
					&& meetings.getOrDefault(b.id(), 0) < b.maxMeetings()) {
				for (int s = 0; s < problem.slots() && placement == null; s++) {
					if (!a.available().get(s) || !b.available().get(s) || busy.getOrDefault(a.id(), new BitSet()).get(s)
							|| busy.getOrDefault(b.id(), new BitSet()).get(s)) {
						continue;
					}
					for (Table t : problem.tables()) {
						if (!tablesTaken.getOrDefault(s, Set.of()).contains(t.id())
								&& (a.language() == null || t.languages().contains(a.language()))
								&& (b.language() == null || t.languages().contains(b.language()))) {
							placement = new Placement(r.id(), s, t.id());
							break;
						}
					}
				}
			}
			if (placement == null) {
				unscheduled.add(new Unscheduled(r.id(), Unscheduled.Cause.BUSY, "", "placeholder scheduler"));
				continue;
			}
			placements.add(placement);
			weight += r.weight();
			tablesTaken.computeIfAbsent(placement.slot(), (s) -> new HashSet<>()).add(placement.tableId());
			for (String id : List.of(r.a(), r.b())) {
				busy.computeIfAbsent(id, (k) -> new BitSet()).set(placement.slot());
				meetings.merge(id, 1, Integer::sum);
			}
		}
		long total = problem.requests().stream().mapToLong(Request::weight).sum();
		long millis = (System.nanoTime() - started) / 1_000_000;
		return new Solution(placements, unscheduled, new Report(problem.requests().size(), placements.size(), total,
				weight, total, (total == 0) ? 0 : (double) (total - weight) / total, 0, 0, 0, millis, millis));
	}

}
