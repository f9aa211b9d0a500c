package io.duijie.matching.fairs.solver;

import java.util.Arrays;

/**
 * The moves that bring an unplaced request in: straight into a free slot, by recolouring
 * an alternating path (Kempe chain), or by an ejection chain. Each move changes the
 * {@link Schedule} and leaves its undo log for the caller, who keeps the change if the
 * {@link Score} improved and rolls it back otherwise.
 */
final class Moves {

	/** Alternating paths longer than this are not flipped. */
	private static final int LONGEST_PATH = 400;

	private final Schedule schedule;

	private final Model model;

	private final int slots;

	/** Requests placed during the current ejection chain: not to be evicted again. */
	private final int[] touched;

	private int stamp;

	private int[] path = new int[64];

	Moves(Schedule schedule) {
		this.schedule = schedule;
		this.model = schedule.model;
		this.slots = this.model.slots;
		this.touched = new int[this.model.requests];
	}

	/**
	 * The best free slot for unplaced request r: the one that adds the fewest idle gaps
	 * to its two participants (the earliest among equals), or -1 when none is free.
	 */
	int bestFreeSlot(int r) {
		int best = -1;
		int bestGaps = Integer.MAX_VALUE;
		for (int s = 0; s < this.slots; s++) {
			if (this.schedule.canPlace(r, s)) {
				int gaps = addedGaps(this.model.a[r], s) + addedGaps(this.model.b[r], s);
				if (gaps < bestGaps) {
					best = s;
					bestGaps = gaps;
					if (gaps < 0) {
						break;
					}
				}
			}
		}
		return best;
	}

	/**
	 * Idle gaps a meeting of participant p in free slot s adds, approximately: -1 when it
	 * fills a hole, 0 next to a meeting of the same session, 1 otherwise.
	 */
	private int addedGaps(int p, int s) {
		int[] session = this.model.session;
		boolean before = s > 0 && session[s - 1] == session[s] && this.schedule.occupant(p, s - 1) >= 0;
		boolean after = s + 1 < this.slots && session[s + 1] == session[s] && this.schedule.occupant(p, s + 1) >= 0;
		if (before && after) {
			return -1;
		}
		return (before || after) ? 0 : 1;
	}

	/** Places unplaced request r in its best free slot, if it has one. */
	boolean direct(int r) {
		int s = bestFreeSlot(r);
		if (s < 0) {
			return false;
		}
		this.schedule.place(r, s);
		this.touched[r] = this.stamp;
		return true;
	}

	/**
	 * Places unplaced request r = x–y by recolouring: in a slot α where x is free but y
	 * is busy, and a slot β where y is free, the path of α and β meetings that starts at
	 * y swaps its two slots, which frees y in α. This is the step of the classic proof
	 * that a bipartite graph's edges can be coloured with Δ colours (König): there the
	 * path never comes back to x. Here it also has to respect availability and tables, so
	 * the flip is tried and undone when it breaks either.
	 * @param walks the most paths to try
	 * @return whether r was placed (the changes stay logged)
	 */
	boolean kempe(int r, int walks) {
		int a = this.model.a[r];
		int b = this.model.b[r];
		if (!this.schedule.hasRoom(a) || !this.schedule.hasRoom(b)) {
			return false;
		}
		int left = walks;
		for (int side = 0; side < 2; side++) {
			int x = (side == 0) ? a : b;
			int y = (side == 0) ? b : a;
			for (int alpha = 0; alpha < this.slots; alpha++) {
				if (!this.schedule.free(x, alpha) || !this.schedule.available(y, alpha)
						|| this.schedule.occupant(y, alpha) < 0) {
					continue;
				}
				for (int beta = 0; beta < this.slots; beta++) {
					if (beta == alpha || !this.schedule.free(y, beta)) {
						continue;
					}
					if (left-- <= 0) {
						return false;
					}
					if (flip(r, x, y, alpha, beta)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private boolean flip(int r, int x, int y, int alpha, int beta) {
		int length = 0;
		int at = y;
		int slot = alpha;
		while (true) {
			int e = this.schedule.occupant(at, slot);
			if (e < 0) {
				break;
			}
			if (this.schedule.locked[e] || length == LONGEST_PATH) {
				return false;
			}
			if (length == this.path.length) {
				this.path = Arrays.copyOf(this.path, length * 2);
			}
			this.path[length++] = e;
			at = this.model.other(e, at);
			if (at == x) {
				return false; // the path ends at x: flipping it would take x's slot α
			}
			slot = (slot == alpha) ? beta : alpha;
		}
		int mark = this.schedule.mark();
		for (int i = 0; i < length; i++) {
			this.schedule.unplace(this.path[i]);
		}
		for (int i = 0; i < length; i++) {
			int e = this.path[i];
			// edges alternate α, β, α, …: the i-th one moves to the other slot
			int to = (i % 2 == 0) ? beta : alpha;
			if (!this.schedule.canPlace(e, to)) {
				this.schedule.rollback(mark);
				return false;
			}
			this.schedule.place(e, to);
		}
		if (!this.schedule.canPlace(r, alpha)) {
			this.schedule.rollback(mark);
			return false;
		}
		this.schedule.place(r, alpha);
		this.touched[r] = this.stamp;
		return true;
	}

	/** Starts a new ejection chain: what it places may be evicted again only after. */
	void newChain() {
		this.stamp++;
	}

	/**
	 * Puts unplaced request r in slot s by evicting what stands in its way (the
	 * participants' meetings in s, a meeting each if they are full, a meeting holding a
	 * table r could use), then tries to bring every evicted meeting back, by a free slot,
	 * a recolouring, or, with {@code depth} left, a further ejection that gains weight.
	 * @param lighterThan the evicted meetings must weigh less than this in total (the
	 * nested ejections of a chain only evict lighter meetings)
	 * @return false when something in the way cannot be evicted (locked, placed by this
	 * chain, too heavy); the changes stay logged either way
	 */
	boolean ejectInto(int r, int s, int depth, int walks, long lighterThan) {
		int a = this.model.a[r];
		int b = this.model.b[r];
		if (!this.schedule.available(a, s) || !this.schedule.available(b, s)) {
			return false;
		}
		int[] evicted = new int[5];
		int count = 0;
		long evictedWeight = 0;
		for (int p : new int[] { a, b }) {
			int e = this.schedule.occupant(p, s);
			if (e >= 0) {
				evictedWeight += this.model.weight[e];
				if (!evictable(e) || evictedWeight >= lighterThan) {
					return false;
				}
				this.schedule.unplace(e);
				evicted[count++] = e;
			}
		}
		for (int p : new int[] { a, b }) {
			if (!this.schedule.hasRoom(p)) {
				int e = lightestOf(p);
				if (e < 0 || (evictedWeight += this.model.weight[e]) >= lighterThan) {
					return false;
				}
				this.schedule.unplace(e);
				evicted[count++] = e;
			}
		}
		int need = this.model.need[r];
		if (!this.schedule.canPlace(r, s)) {
			int e = lightestHoldingTable(need, s);
			if (e < 0 || (evictedWeight += this.model.weight[e]) >= lighterThan) {
				return false;
			}
			this.schedule.unplace(e);
			evicted[count++] = e;
		}
		if (!this.schedule.canPlace(r, s)) {
			return false;
		}
		this.schedule.place(r, s);
		this.touched[r] = this.stamp;
		// heaviest first: they are the ones worth bringing back
		for (int i = 0; i < count; i++) {
			int heaviest = i;
			for (int j = i + 1; j < count; j++) {
				if (this.model.weight[evicted[j]] > this.model.weight[evicted[heaviest]]) {
					heaviest = j;
				}
			}
			int e = evicted[heaviest];
			evicted[heaviest] = evicted[i];
			evicted[i] = e;
			bringBack(e, depth, walks);
		}
		return true;
	}

	private void bringBack(int e, int depth, int walks) {
		if (direct(e) || kempe(e, walks)) {
			return;
		}
		if (depth <= 0) {
			return;
		}
		long before = this.schedule.weight;
		for (int s = 0; s < this.slots; s++) {
			int mark = this.schedule.mark();
			if (ejectInto(e, s, depth - 1, walks, this.model.weight[e]) && this.schedule.weight > before) {
				return;
			}
			this.schedule.rollback(mark);
		}
	}

	private boolean evictable(int e) {
		return !this.schedule.locked[e] && this.touched[e] != this.stamp;
	}

	/**
	 * The lightest meeting of participant p that may be evicted; among equals the one
	 * whose other participant has the most meetings (evicting it hurts fairness least).
	 */
	private int lightestOf(int p) {
		int best = -1;
		for (int s = 0; s < this.slots; s++) {
			int e = this.schedule.occupant(p, s);
			if (e >= 0 && evictable(e) && lighter(e, best, p)) {
				best = e;
			}
		}
		return best;
	}

	private boolean lighter(int e, int than, int p) {
		if (than < 0) {
			return true;
		}
		int we = this.model.weight[e];
		int wt = this.model.weight[than];
		if (we != wt) {
			return we < wt;
		}
		return this.schedule.meetings[this.model.other(e, p)] > this.schedule.meetings[this.model.other(than, p)];
	}

	/** The lightest meeting in slot s whose table a meeting of class c could take. */
	private int lightestHoldingTable(int c, int s) {
		int best = -1;
		int[] in = this.schedule.inSlot(s);
		int size = this.schedule.inSlotSize(s);
		for (int i = 0; i < size; i++) {
			int e = in[i];
			if (evictable(e)
					&& (best < 0 || this.model.weight[e] < this.model.weight[best]
							|| (this.model.weight[e] == this.model.weight[best] && e < best))
					&& this.schedule.tableFitsWithout(c, this.model.need[e], s)) {
				best = e;
			}
		}
		return best;
	}

}
