package io.duijie.matching.fairs.solver;

import java.util.Arrays;

/**
 * The scheduler's working state: which slot each request holds, who is busy when, how
 * much table slack each slot has left (see {@link TableTypes}), and the objective's
 * counters, all kept up to date by {@link #place} and {@link #unplace}. Every change is
 * logged so that a tentative move can be undone with {@link #rollback}.
 *
 * <p>
 * Tables are tracked by type only: a slot's meetings get actual tables at the end
 * ({@link TableAssignment}), which Hall's theorem guarantees to succeed. Two kinds of
 * meetings hold one particular table instead: locked ones, and when re-solving a previous
 * placement back in its previous slot ("home") while its previous table is free: it takes
 * that table (one table of its type, out of every union that contains the type), so that
 * keeping a meeting where it was also keeps its table.
 */
final class Schedule {

	final Model model;

	private final int slots;

	/** Slot of each request, -1 when unplaced. */
	final int[] slotOf;

	/**
	 * {@code occupant[p * slots + s]}: the request participant p meets in slot s, or -1.
	 */
	final int[] occupant;

	final int[] meetings;

	/** {@code slack[s * unions + u]}: tables left for union u in slot s. */
	private final int[] slack;

	private final int unions;

	/** Requests an organiser locked: placed from the start, never moved. */
	final boolean[] locked;

	/** The table of each locked request (index into the problem's tables). */
	final int[] lockedTable;

	/** Movable meetings of each slot, in no particular order. */
	private final int[][] inSlot;

	private final int[] inSlotSize;

	private final int[] positionInSlot;

	/** Participants (counted ones only) by number of meetings, for fairness. */
	private final int[] participantsWith;

	/** The slot of each request in the version being re-solved, -1 if none. */
	final int[] previousSlot;

	/**
	 * The table of each request in the version being re-solved, -1 if none or unusable.
	 */
	final int[] previousTable;

	/** Whether each placed request holds its previous table. */
	final boolean[] onPreviousTable;

	/**
	 * {@code tableHeld[s * tables + t]}: a locked or home meeting holds table t in slot
	 * s.
	 */
	private final boolean[] tableHeld;

	private final int tableCount;

	/**
	 * Bumped at every commit; {@link #changedAt} tells when a participant last changed.
	 */
	long version;

	final long[] changedAt;

	long weight;

	int placed;

	/** Previous placements not in their previous slot (dropped or moved). */
	int moved;

	private int[] log = new int[1024];

	private int logSize;

	Schedule(Model model) {
		this.model = model;
		this.slots = model.slots;
		this.slotOf = new int[model.requests];
		Arrays.fill(this.slotOf, -1);
		this.occupant = new int[model.participants * this.slots];
		Arrays.fill(this.occupant, -1);
		this.meetings = new int[model.participants];
		this.unions = model.tables.unions.length;
		this.slack = new int[this.slots * this.unions];
		this.locked = new boolean[model.requests];
		this.lockedTable = new int[model.requests];
		Arrays.fill(this.lockedTable, -1);
		this.inSlot = new int[this.slots][16];
		this.inSlotSize = new int[this.slots];
		this.positionInSlot = new int[model.requests];
		this.participantsWith = new int[this.slots + 2];
		for (int p = 0; p < model.participants; p++) {
			if (model.counted[p]) {
				this.participantsWith[0]++;
			}
		}
		this.previousSlot = new int[model.requests];
		Arrays.fill(this.previousSlot, -1);
		this.previousTable = new int[model.requests];
		Arrays.fill(this.previousTable, -1);
		this.onPreviousTable = new boolean[model.requests];
		this.tableCount = model.problem.tables().size();
		this.tableHeld = new boolean[this.slots * this.tableCount];
		this.changedAt = new long[model.participants];
	}

	/** Sets the table capacities once the locked placements have taken their tables. */
	void setCapacities(int[][] freeOfType) {
		for (int s = 0; s < this.slots; s++) {
			int[] cap = this.model.tables.capacities(freeOfType[s]);
			System.arraycopy(cap, 0, this.slack, s * this.unions, this.unions);
		}
	}

	/** Places a locked request; it takes its own table, not the typed capacity. */
	void lock(int r, int s, int table) {
		this.locked[r] = true;
		this.lockedTable[r] = table;
		this.tableHeld[s * this.tableCount + table] = true;
		this.slotOf[r] = s;
		this.occupant[this.model.a[r] * this.slots + s] = r;
		this.occupant[this.model.b[r] * this.slots + s] = r;
		countMeeting(this.model.a[r], 1);
		countMeeting(this.model.b[r], 1);
		this.weight += this.model.weight[r];
		this.placed++;
	}

	/**
	 * Records where request r was in the version being re-solved, before it is placed;
	 * {@code table} is -1 when that table cannot serve it any more.
	 */
	void setPrevious(int r, int s, int table) {
		this.previousSlot[r] = s;
		this.previousTable[r] = table;
		this.moved++;
	}

	/** Whether r, placed in slot s now, would hold its previous table. */
	private boolean homeTableFree(int r, int s) {
		int t = this.previousTable[r];
		if (s != this.previousSlot[r] || t < 0 || this.tableHeld[s * this.tableCount + t]) {
			return false;
		}
		int base = s * this.unions;
		for (int u : this.model.tables.constraintsOfType[this.model.tables.typeOfTable[t]]) {
			if (this.slack[base + u] <= 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether r in slot s would be where it was (same slot and table) in the previous
	 * version.
	 */
	private boolean home(int r, int s, boolean onPrevious) {
		return s == this.previousSlot[r] && (onPrevious || this.previousTable[r] < 0);
	}

	/** Marks participant p as changed (for the passes' don't-look bits). */
	void touch(int p) {
		this.changedAt[p] = ++this.version;
	}

	boolean available(int p, int s) {
		return this.model.available[p * this.slots + s];
	}

	int occupant(int p, int s) {
		return this.occupant[p * this.slots + s];
	}

	boolean free(int p, int s) {
		return this.occupant[p * this.slots + s] < 0 && this.model.available[p * this.slots + s];
	}

	boolean hasRoom(int p) {
		return this.meetings[p] < this.model.maxMeetings[p];
	}

	/** Whether a meeting of table class c still fits in slot s. */
	boolean tableFits(int c, int s) {
		int base = s * this.unions;
		for (int u : this.model.tables.constraintsOfClass[c]) {
			if (this.slack[base + u] <= 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether removing a meeting of class {@code freed} makes room for one of class c.
	 */
	boolean tableFitsWithout(int c, int freed, int s) {
		int base = s * this.unions;
		int[] own = this.model.tables.constraintsOfClass[freed];
		for (int u : this.model.tables.constraintsOfClass[c]) {
			if (this.slack[base + u] <= 0 && (this.slack[base + u] < 0 || Arrays.binarySearch(own, u) < 0)) {
				return false;
			}
		}
		return true;
	}

	/** Whether unplaced request r can go to slot s as things stand. */
	boolean canPlace(int r, int s) {
		int a = this.model.a[r];
		int b = this.model.b[r];
		return this.slotOf[r] < 0 && free(a, s) && free(b, s) && hasRoom(a) && hasRoom(b)
				&& (tableFits(this.model.need[r], s) || homeTableFree(r, s));
	}

	void place(int r, int s) {
		placeQuietly(r, s, homeTableFree(r, s));
		record(r, -1);
	}

	void unplace(int r) {
		int s = this.slotOf[r];
		boolean onPrevious = this.onPreviousTable[r];
		unplaceQuietly(r);
		record(r, 2 * s + (onPrevious ? 1 : 0));
	}

	int mark() {
		return this.logSize;
	}

	/** Undoes every change made since {@code mark}. */
	void rollback(int mark) {
		while (this.logSize > mark) {
			this.logSize -= 2;
			int r = this.log[this.logSize];
			int was = this.log[this.logSize + 1];
			if (was < 0) {
				unplaceQuietly(r);
			}
			else {
				placeQuietly(r, was / 2, was % 2 == 1);
			}
		}
	}

	/**
	 * Keeps the changes since the last commit and forgets the log; the participants they
	 * concern count as changed (rolled-back changes do not).
	 */
	void commit() {
		if (this.logSize > 0) {
			this.version++;
			for (int i = 0; i < this.logSize; i += 2) {
				int r = this.log[i];
				this.changedAt[this.model.a[r]] = this.version;
				this.changedAt[this.model.b[r]] = this.version;
			}
		}
		this.logSize = 0;
	}

	private void record(int r, int was) {
		if (this.logSize + 2 > this.log.length) {
			this.log = Arrays.copyOf(this.log, this.log.length * 2);
		}
		this.log[this.logSize++] = r;
		this.log[this.logSize++] = was;
	}

	private void placeQuietly(int r, int s, boolean onPrevious) {
		int a = this.model.a[r];
		int b = this.model.b[r];
		this.slotOf[r] = s;
		this.occupant[a * this.slots + s] = r;
		this.occupant[b * this.slots + s] = r;
		countMeeting(a, 1);
		countMeeting(b, 1);
		this.onPreviousTable[r] = onPrevious;
		for (int u : unionsTaken(r)) {
			this.slack[s * this.unions + u]--;
		}
		if (onPrevious) {
			this.tableHeld[s * this.tableCount + this.previousTable[r]] = true;
		}
		this.weight += this.model.weight[r];
		this.placed++;
		if (home(r, s, onPrevious)) {
			this.moved--;
		}
		int[] list = this.inSlot[s];
		if (this.inSlotSize[s] == list.length) {
			list = Arrays.copyOf(list, list.length * 2);
			this.inSlot[s] = list;
		}
		this.positionInSlot[r] = this.inSlotSize[s];
		list[this.inSlotSize[s]++] = r;
	}

	private void unplaceQuietly(int r) {
		int s = this.slotOf[r];
		int a = this.model.a[r];
		int b = this.model.b[r];
		this.slotOf[r] = -1;
		this.occupant[a * this.slots + s] = -1;
		this.occupant[b * this.slots + s] = -1;
		countMeeting(a, -1);
		countMeeting(b, -1);
		for (int u : unionsTaken(r)) {
			this.slack[s * this.unions + u]++;
		}
		if (this.onPreviousTable[r]) {
			this.tableHeld[s * this.tableCount + this.previousTable[r]] = false;
		}
		this.weight -= this.model.weight[r];
		this.placed--;
		if (home(r, s, this.onPreviousTable[r])) {
			this.moved++;
		}
		this.onPreviousTable[r] = false;
		int[] list = this.inSlot[s];
		int last = list[--this.inSlotSize[s]];
		int at = this.positionInSlot[r];
		list[at] = last;
		this.positionInSlot[last] = at;
	}

	/** The unions placed request r counts in: its table's type's, or its class's. */
	private int[] unionsTaken(int r) {
		return this.onPreviousTable[r]
				? this.model.tables.constraintsOfType[this.model.tables.typeOfTable[this.previousTable[r]]]
				: this.model.tables.constraintsOfClass[this.model.need[r]];
	}

	private void countMeeting(int p, int delta) {
		if (this.model.counted[p]) {
			this.participantsWith[this.meetings[p]]--;
			this.participantsWith[this.meetings[p] + delta]++;
		}
		this.meetings[p] += delta;
	}

	/** The movable meetings of slot s (valid until the next change). */
	int[] inSlot(int s) {
		return this.inSlot[s];
	}

	int inSlotSize(int s) {
		return this.inSlotSize[s];
	}

	/** The fewest meetings any counted participant has. */
	int fewestMeetings() {
		for (int k = 0; k < this.participantsWith.length; k++) {
			if (this.participantsWith[k] > 0) {
				return k;
			}
		}
		return 0;
	}

	/** Empty slots between two meetings of participant p within one session. */
	int idleGaps(int p) {
		int gaps = 0;
		int lastSession = Integer.MIN_VALUE;
		int lastMeeting = -1;
		int base = p * this.slots;
		for (int s = 0; s < this.slots; s++) {
			if (this.occupant[base + s] < 0) {
				continue;
			}
			int session = this.model.session[s];
			if (session == lastSession) {
				gaps += s - lastMeeting - 1;
			}
			lastSession = session;
			lastMeeting = s;
		}
		return gaps;
	}

	/** The objective's value now. */
	Score score() {
		int fewest = fewestMeetings();
		return new Score(this.weight, fewest, this.participantsWith[fewest], this.moved);
	}

}
