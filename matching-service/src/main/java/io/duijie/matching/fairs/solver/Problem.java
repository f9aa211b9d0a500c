package io.duijie.matching.fairs.solver;

import java.util.List;
import java.util.Set;

/**
 * One scheduling instance. Slots are numbered {@code 0 … slotSessions.size() - 1} in time
 * order; two slots are adjacent (no idle gap between them) when their numbers follow each
 * other and they belong to the same session.
 *
 * @param slotSessions the session of each slot (its size is the number of slots)
 * @param tables the tables, each usable once per slot
 * @param participants who takes part
 * @param requests the meetings asked for (each between two participants, at most one per
 * pair)
 * @param allowed which groups may meet which; empty means everyone may meet everyone
 * @param locked placements that must be kept exactly (an organiser locked them in review)
 * @param previous the placements of the version being re-solved: kept where still
 * possible, each one changed counts as a move; empty for a first run
 */
public record Problem(List<Integer> slotSessions, List<Table> tables, List<Participant> participants,
		List<Request> requests, Set<GroupPair> allowed, List<Placement> locked, List<Placement> previous) {

	public Problem {
		slotSessions = List.copyOf(slotSessions);
		tables = List.copyOf(tables);
		participants = List.copyOf(participants);
		requests = List.copyOf(requests);
		allowed = Set.copyOf(allowed);
		locked = List.copyOf(locked);
		previous = List.copyOf(previous);
	}

	public int slots() {
		return this.slotSessions.size();
	}

}
