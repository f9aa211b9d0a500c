package io.duijie.matching.fairs.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a schedule against a problem's hard constraints, written apart from the
 * scheduler (it shares none of its code) so that tests and benchmarks can verify every
 * schedule the scheduler returns. It reports: an unknown request, slot, table or
 * participant; a request placed twice; a participant or a table booked twice in a slot; a
 * participant in a slot it cannot attend; a participant over its maximum of meetings; a
 * meeting the group rules forbid; a table without a language a participant needs; a
 * locked placement not kept.
 */
public final class ScheduleChecker {

	/**
	 * @return one English sentence per violation, empty when the schedule is valid
	 */
	public List<String> violations(Problem problem, List<Placement> placements) {
		List<String> out = new ArrayList<>();
		Map<String, Request> requests = new HashMap<>();
		problem.requests().forEach((r) -> requests.put(r.id(), r));
		Map<String, Participant> people = new HashMap<>();
		problem.participants().forEach((p) -> people.put(p.id(), p));
		Map<String, Table> tables = new HashMap<>();
		problem.tables().forEach((t) -> tables.put(t.id(), t));
		Set<String> seen = new HashSet<>();
		Map<String, String> personInSlot = new HashMap<>();
		Map<String, String> tableInSlot = new HashMap<>();
		Map<String, Integer> meetings = new HashMap<>();
		for (Placement placement : placements) {
			String id = placement.requestId();
			Request request = requests.get(id);
			if (request == null) {
				out.add("request " + id + " is not in the problem");
				continue;
			}
			if (!seen.add(id)) {
				out.add("request " + id + " is placed twice");
			}
			int slot = placement.slot();
			if (slot < 0 || slot >= problem.slotSessions().size()) {
				out.add("request " + id + " is in slot " + slot + ", which does not exist");
			}
			Table table = tables.get(placement.tableId());
			if (table == null) {
				out.add("request " + id + " is at table " + placement.tableId() + ", which does not exist");
			}
			else if (tableInSlot.putIfAbsent(slot + "/" + table.id(), id) != null) {
				out.add("table " + table.id() + " hosts " + tableInSlot.get(slot + "/" + table.id()) + " and " + id
						+ " in slot " + slot);
			}
			Participant a = people.get(request.a());
			Participant b = people.get(request.b());
			for (String side : List.of(request.a(), request.b())) {
				Participant p = people.get(side);
				if (p == null) {
					out.add("request " + id + " has an unknown participant " + side);
					continue;
				}
				String other = personInSlot.putIfAbsent(slot + "/" + side, id);
				if (other != null) {
					out.add(side + " is in " + other + " and " + id + " in slot " + slot);
				}
				if (!p.available().get(Math.max(slot, 0))) {
					out.add(side + " cannot attend slot " + slot + " (request " + id + ")");
				}
				meetings.merge(side, 1, Integer::sum);
				if (table != null && p.language() != null && !table.languages().contains(p.language())) {
					out.add("table " + table.id() + " does not offer " + p.language() + ", which " + side
							+ " needs (request " + id + ")");
				}
			}
			if (a != null && b != null && !problem.allowed().isEmpty()
					&& !problem.allowed().contains(GroupPair.of(a.group(), b.group()))) {
				out.add("request " + id + " makes group " + a.group() + " meet group " + b.group()
						+ ", which the rules forbid");
			}
		}
		meetings.forEach((side, count) -> {
			Participant p = people.get(side);
			if (p != null && count > p.maxMeetings()) {
				out.add(side + " has " + count + " meetings, more than its maximum of " + p.maxMeetings());
			}
		});
		Set<Placement> placed = new HashSet<>(placements);
		for (Placement lock : problem.locked()) {
			if (!placed.contains(lock)) {
				out.add("locked placement " + lock + " is not kept");
			}
		}
		return out;
	}

}
