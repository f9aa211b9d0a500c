package io.duijie.matching.fairs.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The scheduler's phases over one {@link Schedule}: the greedy first schedule, the
 * improvement passes (weight and fairness) and the idle-gap compaction. Each phase stops
 * when a whole pass changes nothing, or at its deadline.
 */
final class Improver {

	private static final System.Logger LOG = System.getLogger(FairScheduler.class.getName());

	/** Alternating paths tried per request and recolouring. */
	private static final int WALKS = 48;

	/**
	 * Deepest ejection chain: an evicted meeting may evict lighter ones this many times.
	 */
	private static final int DEEPEST = 2;

	/** Meetings recoloured at once to close an idle gap. */
	private static final int LARGEST_SWAP = 16;

	private final Schedule schedule;

	private final Model model;

	private final Moves moves;

	/** The lightest request weight when re-solving (limits moves), 0 on a first run. */
	private final int lightest;

	private final int[] commonSlots;

	/**
	 * Don't-look bits: the version at which each request last failed to come in, and at
	 * which depth (-1: never tried). A pass skips a request that failed at this depth or
	 * deeper if neither of its participants changed since.
	 */
	private final long[] failedAt;

	private final int[] failedDepth;

	/** When re-solving, the version from which changes count (-1 on a first run). */
	private long focusSince = -1;

	/** The requests of each participant that can be tried. */
	private final int[][] requestsOf;

	Improver(Schedule schedule, int lightest) {
		this.schedule = schedule;
		this.model = schedule.model;
		this.moves = new Moves(schedule);
		this.lightest = lightest;
		this.commonSlots = new int[this.model.requests];
		for (int r = 0; r < this.model.requests; r++) {
			if (this.model.staticCause[r] == null) {
				this.commonSlots[r] = this.model.commonSlots(r);
			}
		}
		this.failedAt = new long[this.model.requests];
		this.failedDepth = new int[this.model.requests];
		java.util.Arrays.fill(this.failedDepth, -1);
		int[] degree = new int[this.model.participants];
		for (int r = 0; r < this.model.requests; r++) {
			if (this.model.staticCause[r] == null) {
				degree[this.model.a[r]]++;
				degree[this.model.b[r]]++;
			}
		}
		this.requestsOf = new int[this.model.participants][];
		for (int p = 0; p < this.model.participants; p++) {
			this.requestsOf[p] = new int[degree[p]];
			degree[p] = 0;
		}
		for (int r = 0; r < this.model.requests; r++) {
			if (this.model.staticCause[r] == null) {
				this.requestsOf[this.model.a[r]][degree[this.model.a[r]]++] = r;
				this.requestsOf[this.model.b[r]][degree[this.model.b[r]]++] = r;
			}
		}
	}

	/**
	 * When re-solving: beyond the first pass (every unplaced request once, without deep
	 * chains), the passes look only at requests whose participants change from now on
	 * (the first schedule's placements, previous placements that could not be put back,
	 * what the passes change): the re-solve repairs around what changed instead of
	 * reworking the whole schedule.
	 */
	void focusOnChanges() {
		this.focusSince = this.schedule.version;
	}

	private boolean skip(int r, int depth) {
		long since = this.failedAt[r];
		if (depth > 0 && this.focusSince >= 0) {
			since = (this.failedDepth[r] >= depth) ? Math.max(since, this.focusSince) : this.focusSince;
		}
		else if (this.failedDepth[r] < depth) {
			return false;
		}
		return this.schedule.changedAt[this.model.a[r]] <= since && this.schedule.changedAt[this.model.b[r]] <= since;
	}

	/** Requests that can be tried and are not placed. */
	private List<Integer> unplaced() {
		List<Integer> out = new ArrayList<>();
		for (int r = 0; r < this.model.requests; r++) {
			if (this.model.staticCause[r] == null && this.schedule.slotOf[r] < 0) {
				out.add(r);
			}
		}
		return out;
	}

	/**
	 * The first schedule: heaviest requests first, and among equals the most constrained
	 * (fewest slots both sides can attend, then busiest participants), each in the free
	 * slot that adds the fewest idle gaps.
	 */
	void construct() {
		int[] degree = new int[this.model.participants];
		for (int r : unplaced()) {
			degree[this.model.a[r]]++;
			degree[this.model.b[r]]++;
		}
		List<Integer> order = unplaced();
		order.sort(Comparator.<Integer>comparingInt((r) -> -this.model.weight[r])
			.thenComparingInt((r) -> this.commonSlots[r])
			.thenComparingInt((r) -> -(degree[this.model.a[r]] + degree[this.model.b[r]]))
			.thenComparingInt((r) -> r));
		for (int r : order) {
			this.moves.direct(r);
		}
		this.schedule.commit();
	}

	/**
	 * Passes over the unplaced requests (heaviest first, then those of the participants
	 * with the fewest meetings), each trying a free slot, a recolouring, then an ejection
	 * chain into every slot; a change is kept when it improves the {@link Score}. The
	 * ejection chains get deeper when a pass finds nothing.
	 */
	void improve(long deadline) {
		int depth = 0;
		while (System.nanoTime() < deadline) {
			boolean improved = false;
			List<Integer> order = unplaced();
			order.sort(Comparator.<Integer>comparingInt((r) -> -this.model.weight[r])
				.thenComparingInt((r) -> Math.min(this.schedule.meetings[this.model.a[r]],
						this.schedule.meetings[this.model.b[r]]))
				.thenComparingInt((r) -> this.commonSlots[r])
				.thenComparingInt((r) -> r));
			for (int r : order) {
				if (System.nanoTime() >= deadline) {
					return;
				}
				if (this.schedule.slotOf[r] >= 0 || skip(r, depth)) {
					continue;
				}
				if (bringIn(r, depth)) {
					this.schedule.commit();
					improved = true;
				}
				else {
					this.failedAt[r] = this.schedule.version;
					this.failedDepth[r] = depth;
				}
			}
			if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
				LOG.log(System.Logger.Level.DEBUG, "pass at depth {0}: {1} unplaced before, {2} ms left, {3}", depth,
						order.size(), (deadline - System.nanoTime()) / 1_000_000, this.schedule.score());
			}
			if (!improved) {
				if (depth == DEEPEST) {
					return;
				}
				depth++;
			}
		}
	}

	/**
	 * Tries to bring unplaced request r in; keeps the change (in the log, since
	 * {@code mark}) when it improves the score, else rolls it back.
	 */
	private boolean bringIn(int r, int depth) {
		int mark = this.schedule.mark();
		Score before = this.schedule.score();
		this.moves.newChain();
		if (this.moves.direct(r)) {
			return true;
		}
		if (this.moves.kempe(r, WALKS) && keep(before, mark)) {
			return true;
		}
		for (int s : slotsByEvictionCost(r)) {
			this.moves.newChain();
			if (this.moves.ejectInto(r, s, depth, WALKS, Long.MAX_VALUE) && keep(before, mark)) {
				return true;
			}
			this.schedule.rollback(mark);
		}
		return false;
	}

	/** Keeps the changes since {@code mark} if they improve on {@code before}. */
	private boolean keep(Score before, int mark) {
		if (this.schedule.score().improves(before, this.lightest)) {
			return true;
		}
		this.schedule.rollback(mark);
		return false;
	}

	/**
	 * The slots both sides of r can attend and are not held there by a locked meeting,
	 * cheapest first: by the weight of the meetings the two sides have there.
	 */
	private List<Integer> slotsByEvictionCost(int r) {
		int a = this.model.a[r];
		int b = this.model.b[r];
		List<Integer> out = new ArrayList<>();
		List<Integer> cost = new ArrayList<>();
		for (int s = 0; s < this.model.slots; s++) {
			if (!this.schedule.available(a, s) || !this.schedule.available(b, s)) {
				continue;
			}
			int c = 0;
			boolean blocked = false;
			for (int p : new int[] { a, b }) {
				int e = this.schedule.occupant(p, s);
				if (e >= 0) {
					blocked |= this.schedule.locked[e];
					c += this.model.weight[e];
				}
			}
			if (!blocked) {
				out.add(s);
				cost.add(c);
			}
		}
		List<Integer> order = new ArrayList<>(out.size());
		for (int i = 0; i < out.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.<Integer>comparingInt(cost::get).thenComparingInt(out::get));
		List<Integer> sorted = new ArrayList<>(out.size());
		order.forEach((i) -> sorted.add(out.get(i)));
		return sorted;
	}

	/**
	 * Large-neighbourhood search, once the passes are stuck: pick an unplaced request
	 * (heaviest weight class first, at random within it), clear every movable meeting of
	 * its two participants, then rebuild: the request, the cleared meetings and the
	 * unplaced requests of everyone involved, heaviest first, each by {@link #bringIn}.
	 * The result is kept when it scores at least as well as before (equal scores are kept
	 * too, to wander across plateaus), else rolled back. Stops after {@code patience}
	 * tries in a row without a strict improvement, or at the deadline. The random choices
	 * are seeded: the same problem gives the same tries.
	 */
	void perturb(long deadline, int patience) {
		Random random = new Random(0x5eed_fa15L + this.model.requests);
		int idle = 0;
		while (idle < patience && System.nanoTime() < deadline) {
			int r = pickUnplaced(random);
			if (r < 0) {
				return;
			}
			Score before = this.schedule.score();
			List<Integer> candidates = new ArrayList<>();
			candidates.add(r);
			for (int p : new int[] { this.model.a[r], this.model.b[r] }) {
				for (int s = 0; s < this.model.slots; s++) {
					int e = this.schedule.occupant(p, s);
					if (e >= 0 && movable(e)) {
						this.schedule.unplace(e);
						candidates.add(e);
					}
				}
			}
			int cleared = candidates.size();
			for (int i = 0; i < cleared; i++) {
				int e = candidates.get(i);
				for (int p : new int[] { this.model.a[e], this.model.b[e] }) {
					for (int f : this.requestsOf[p]) {
						if (this.schedule.slotOf[f] < 0 && !candidates.contains(f)) {
							candidates.add(f);
						}
					}
				}
			}
			Collections.shuffle(candidates.subList(1, candidates.size()), random);
			candidates.subList(1, candidates.size()).sort(Comparator.comparingInt((c) -> -this.model.weight[c]));
			for (int c : candidates) {
				if (this.schedule.slotOf[c] < 0) {
					bringIn(c, 0);
				}
			}
			Score after = this.schedule.score();
			if (after.improves(before, this.lightest)) {
				idle = 0;
				this.schedule.commit();
			}
			else if (after.weight() == before.weight() && after.fewest() == before.fewest()
					&& after.atFewest() == before.atFewest() && after.moved() <= before.moved()) {
				idle++;
				this.schedule.commit();
			}
			else {
				idle++;
				this.schedule.rollback(0);
			}
		}
	}

	private int pickUnplaced(Random random) {
		int heaviest = 0;
		int count = 0;
		for (int r = 0; r < this.model.requests; r++) {
			if (this.model.staticCause[r] == null && this.schedule.slotOf[r] < 0) {
				int w = this.model.weight[r];
				if (w > heaviest) {
					heaviest = w;
					count = 0;
				}
				if (w == heaviest) {
					count++;
				}
			}
		}
		if (count == 0) {
			return -1;
		}
		// half the time among the heaviest unplaced, else among all unplaced
		boolean anyWeight = random.nextBoolean();
		int seen = 0;
		int total = 0;
		for (int r = 0; r < this.model.requests; r++) {
			if (this.model.staticCause[r] == null && this.schedule.slotOf[r] < 0) {
				total++;
			}
		}
		int pick = random.nextInt(anyWeight ? total : count);
		for (int r = 0; r < this.model.requests; r++) {
			if (this.model.staticCause[r] == null && this.schedule.slotOf[r] < 0
					&& (anyWeight || this.model.weight[r] == heaviest) && seen++ == pick) {
				return r;
			}
		}
		return -1;
	}

	/**
	 * Closes idle gaps without changing which requests are placed: a meeting moves to
	 * another slot together with the meetings it would clash with there (the two slots'
	 * meetings connected to it swap, a Kempe component), when that lowers the idle gaps
	 * of everyone involved. Locked meetings, and when re-solving the meetings still where
	 * they were, stay put.
	 */
	void compactGaps(long deadline) {
		boolean improved = true;
		while (improved && System.nanoTime() < deadline) {
			improved = false;
			for (int r = 0; r < this.model.requests; r++) {
				if (System.nanoTime() >= deadline) {
					return;
				}
				int s = this.schedule.slotOf[r];
				if (s < 0 || !movable(r)
						|| this.schedule.idleGaps(this.model.a[r]) + this.schedule.idleGaps(this.model.b[r]) == 0) {
					continue;
				}
				improved |= bestSwap(r, s);
			}
		}
	}

	private boolean movable(int r) {
		return !this.schedule.locked[r] && this.schedule.previousSlot[r] != this.schedule.slotOf[r];
	}

	private boolean bestSwap(int r, int alpha) {
		int bestBeta = -1;
		int bestDelta = 0;
		for (int beta = 0; beta < this.model.slots; beta++) {
			if (beta == alpha) {
				continue;
			}
			int delta = swap(r, alpha, beta);
			this.schedule.rollback(0);
			if (delta < bestDelta) {
				bestDelta = delta;
				bestBeta = beta;
			}
		}
		if (bestBeta < 0) {
			return false;
		}
		swap(r, alpha, bestBeta);
		this.schedule.commit();
		return true;
	}

	/**
	 * Swaps slots α and β on the component of α/β meetings that holds r.
	 * @return the change in idle gaps, or 0 when the swap is not possible (the changes
	 * stay logged)
	 */
	private int swap(int r, int alpha, int beta) {
		List<Integer> component = new ArrayList<>();
		List<Integer> people = new ArrayList<>();
		component.add(r);
		for (int i = 0; i < component.size(); i++) {
			int e = component.get(i);
			for (int p : new int[] { this.model.a[e], this.model.b[e] }) {
				if (people.contains(p)) {
					continue;
				}
				people.add(p);
				for (int slot : new int[] { alpha, beta }) {
					int f = this.schedule.occupant(p, slot);
					if (f >= 0 && !component.contains(f)) {
						if (!movable(f) || component.size() == LARGEST_SWAP) {
							return 0;
						}
						component.add(f);
					}
				}
			}
		}
		int before = 0;
		for (int p : people) {
			before += this.schedule.idleGaps(p);
		}
		int[] to = new int[component.size()];
		for (int i = 0; i < to.length; i++) {
			int e = component.get(i);
			to[i] = (this.schedule.slotOf[e] == alpha) ? beta : alpha;
			this.schedule.unplace(e);
		}
		for (int i = 0; i < to.length; i++) {
			int e = component.get(i);
			if (!this.schedule.canPlace(e, to[i])) {
				return 0;
			}
			this.schedule.place(e, to[i]);
		}
		int after = 0;
		for (int p : people) {
			after += this.schedule.idleGaps(p);
		}
		return after - before;
	}

}
