package io.duijie.matching.fairs.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * An upper bound on the weight any schedule can place: the locked weight plus the least
 * of three relaxations over the other requests that can be tried.
 * <ol>
 * <li><b>Participants.</b> A participant p can still take {@code k(p) = min(maxMeetings
 * − locked meetings, available slots not held by a lock)} meetings, so it contributes at
 * most its {@code k(p)} heaviest requests; every meeting has two participants, so the
 * weight placed is at most half the sum of these (rounded down).</li>
 * <li><b>Tables and slots.</b> Forget who meets whom and when the two are available: what
 * is left is choosing requests that fit on (slot, table) positions with the right
 * languages. Those sets of requests form a transversal matroid, so taking the heaviest
 * request that still fits (checked with the Hall counters of {@link TableTypes}, summed
 * over the slots) is optimal for the relaxation. The matroid is also truncated at the sum
 * over slots of {@code min(free tables, ⌊participants available and not locked / 2⌋)},
 * since a slot hosts no more meetings than half the people who can be there (a truncated
 * matroid is still a matroid, so greedy stays optimal).</li>
 * <li><b>Everything.</b> The total weight of the requests that can be tried.</li>
 * </ol>
 * Each relaxation only drops constraints, so each is at least the optimum.
 */
final class UpperBound {

	private UpperBound() {
	}

	static long of(Model model, Schedule schedule, int[][] freeOfType) {
		long lockedWeight = 0;
		int[] lockedMeetings = new int[model.participants];
		boolean[] lockBusy = new boolean[model.participants * model.slots];
		List<Integer> candidates = new ArrayList<>();
		for (int r = 0; r < model.requests; r++) {
			if (schedule.locked[r]) {
				lockedWeight += model.weight[r];
				for (int p : new int[] { model.a[r], model.b[r] }) {
					lockedMeetings[p]++;
					lockBusy[p * model.slots + schedule.slotOf[r]] = true;
				}
			}
			else if (model.staticCause[r] == null) {
				candidates.add(r);
			}
		}
		int[] room = new int[model.participants];
		for (int p = 0; p < model.participants; p++) {
			int slotsLeft = 0;
			for (int s = 0; s < model.slots; s++) {
				if (model.available(p, s) && !lockBusy[p * model.slots + s]) {
					slotsLeft++;
				}
			}
			room[p] = Math.max(0, Math.min(model.maxMeetings[p] - lockedMeetings[p], slotsLeft));
		}
		candidates.removeIf((r) -> room[model.a[r]] == 0 || room[model.b[r]] == 0);
		candidates.sort(Comparator.<Integer>comparingInt((r) -> -model.weight[r]).thenComparingInt((r) -> r));
		long all = 0;
		for (int r : candidates) {
			all += model.weight[r];
		}
		long bound = Math.min(all, byParticipants(model, candidates, room));
		bound = Math.min(bound, byTables(model, candidates, freeOfType, room, lockBusy));
		return lockedWeight + bound;
	}

	private static long byParticipants(Model model, List<Integer> heaviestFirst, int[] room) {
		int[] taken = new int[model.participants];
		long twice = 0;
		for (int r : heaviestFirst) {
			for (int p : new int[] { model.a[r], model.b[r] }) {
				if (taken[p] < room[p]) {
					taken[p]++;
					twice += model.weight[r];
				}
			}
		}
		return twice / 2;
	}

	private static long byTables(Model model, List<Integer> heaviestFirst, int[][] freeOfType, int[] room,
			boolean[] lockBusy) {
		TableTypes tables = model.tables;
		int[] capacity = new int[tables.unions.length];
		long positions = 0;
		int largest = 0;
		for (int u = 0; u < tables.unions.length; u++) {
			if (Long.bitCount(tables.unions[u]) > Long.bitCount(tables.unions[largest])) {
				largest = u;
			}
		}
		for (int s = 0; s < model.slots; s++) {
			int[] cap = tables.capacities(freeOfType[s]);
			for (int u = 0; u < cap.length; u++) {
				capacity[u] += cap[u];
			}
			int people = 0;
			for (int p = 0; p < model.participants; p++) {
				if (room[p] > 0 && model.available(p, s) && !lockBusy[p * model.slots + s]) {
					people++;
				}
			}
			positions += Math.min((cap.length == 0) ? 0 : cap[largest], people / 2);
		}
		long sum = 0;
		long count = 0;
		for (int r : heaviestFirst) {
			if (count == positions) {
				break;
			}
			int[] constraints = tables.constraintsOfClass[model.need[r]];
			if (Arrays.stream(constraints).allMatch((u) -> capacity[u] > 0)) {
				for (int u : constraints) {
					capacity[u]--;
				}
				sum += model.weight[r];
				count++;
			}
		}
		return sum;
	}

}
