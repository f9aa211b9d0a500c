package io.duijie.matching.fairs.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Gives each placed meeting an actual table, slot by slot. The search only counted tables
 * by type, and Hall's theorem guarantees that a slot whose counters have no negative
 * slack has a complete matching of meetings to tables; this finds one: meetings first
 * keep the table they had in the version being re-solved, then the most demanding
 * meetings take a table of the most specific type that serves them, and augmenting paths
 * (Kuhn's algorithm) fix whatever that leaves out.
 */
final class TableAssignment {

	private final Model model;

	private final Schedule schedule;

	private final int tableCount;

	/** The table each request sits at, -1 when unplaced. */
	final int[] tableOf;

	private int[] owner;

	private boolean[] visited;

	private boolean[] freeInSlot;

	/** How many classes each table type serves: the fewer, the more specific. */
	private final int[] classesServed;

	TableAssignment(Schedule schedule) {
		this.model = schedule.model;
		this.schedule = schedule;
		this.tableCount = this.model.problem.tables().size();
		this.tableOf = new int[this.model.requests];
		Arrays.fill(this.tableOf, -1);
		this.classesServed = new int[this.model.tables.types];
		for (boolean[] row : this.model.tables.serves) {
			for (int t = 0; t < row.length; t++) {
				this.classesServed[t] += row[t] ? 1 : 0;
			}
		}
		List<List<Integer>> meetingsOfSlot = new ArrayList<>();
		for (int s = 0; s < this.model.slots; s++) {
			meetingsOfSlot.add(new ArrayList<>());
		}
		this.freeInSlot = new boolean[this.model.slots * this.tableCount];
		Arrays.fill(this.freeInSlot, true);
		for (int r = 0; r < this.model.requests; r++) {
			int s = schedule.slotOf[r];
			if (s < 0) {
				continue;
			}
			if (schedule.locked[r] || schedule.onPreviousTable[r]) {
				int t = schedule.locked[r] ? schedule.lockedTable[r] : schedule.previousTable[r];
				this.tableOf[r] = t;
				this.freeInSlot[s * this.tableCount + t] = false;
			}
			else {
				meetingsOfSlot.get(s).add(r);
			}
		}
		for (int s = 0; s < this.model.slots; s++) {
			assignSlot(s, meetingsOfSlot.get(s));
		}
	}

	private boolean fits(int r, int table) {
		int type = this.model.tables.typeOfTable[table];
		return type >= 0 && this.model.tables.serves[this.model.need[r]][type];
	}

	private void assignSlot(int s, List<Integer> meetings) {
		this.owner = new int[this.tableCount];
		Arrays.fill(this.owner, -1);
		int base = s * this.tableCount;
		for (int t = 0; t < this.tableCount; t++) {
			if (!this.freeInSlot[base + t]) {
				this.owner[t] = -2; // a locked meeting's
			}
		}
		List<Integer> rest = new ArrayList<>(meetings);
		// the meetings served by the fewest types first, each on the most specific free
		// table
		rest.sort(Comparator
			.<Integer>comparingInt((r) -> Long.bitCount(this.model.tables.neighbourhood[this.model.need[r]]))
			.thenComparingInt((r) -> r));
		for (int r : rest) {
			int best = -1;
			int bestServes = Integer.MAX_VALUE;
			for (int t = 0; t < this.tableCount; t++) {
				if (this.owner[t] == -1 && fits(r, t)) {
					int serves = this.classesServed[this.model.tables.typeOfTable[t]];
					if (serves < bestServes) {
						best = t;
						bestServes = serves;
					}
				}
			}
			if (best >= 0) {
				this.owner[best] = r;
				this.tableOf[r] = best;
			}
		}
		for (int r : rest) {
			if (this.tableOf[r] < 0) {
				this.visited = new boolean[this.tableCount];
				if (!augment(r)) {
					throw new IllegalStateException("no table for request " + this.model.request[r].id() + " in slot "
							+ s + ": the table counters are wrong");
				}
			}
		}
	}

	/** Kuhn's augmenting path from meeting r. */
	private boolean augment(int r) {
		for (int t = 0; t < this.tableCount; t++) {
			if (this.visited[t] || this.owner[t] == -2 || !fits(r, t)) {
				continue;
			}
			this.visited[t] = true;
			if (this.owner[t] == -1 || augment(this.owner[t])) {
				this.owner[t] = r;
				this.tableOf[r] = t;
				return true;
			}
		}
		return false;
	}

}
