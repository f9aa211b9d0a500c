package io.duijie.matching.fairs.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Places a fair's one-on-one meetings on time slots and tables.
 *
 * <h2>Constraints (never broken)</h2> Nobody is in two meetings in one slot; a table
 * hosts one meeting per slot; a meeting is in a slot both participants can attend
 * ({@link Participant#available()}); nobody gets more than
 * {@link Participant#maxMeetings()}; the two groups may meet ({@link Problem#allowed()},
 * empty = everyone); the table offers the language each participant needs; a request is
 * placed at most once; locked placements are kept exactly (a lock is dropped only if it
 * cannot be kept at all: unknown request, slot or table, a participant or table it
 * double-books with an earlier lock, or a second lock of the same request).
 *
 * <h2>Objective (lexicographic)</h2>
 * <ol>
 * <li>the total weight of the placed requests (must-meet 10, would-like 1: must-meets
 * first);</li>
 * <li>fairness: raise the fewest meetings any participant gets (among participants with a
 * request that can be tried), then have as few participants as possible at that
 * number;</li>
 * <li>fewer idle gaps: empty slots between two meetings of one participant in one
 * session.</li>
 * </ol>
 * When re-solving ({@link Problem#previous()} not empty), previous placements stay where
 * they are unless moving them lets weight in: a change that gains weight may move at most
 * one previous placement per lightest-request weight gained, and at most three; fairness
 * and idle gaps never move one.
 *
 * <h2>Algorithm</h2> Requests are the edges of a graph on the participants and slots are
 * colours: a schedule is a partial proper edge colouring, with availability, capacities
 * and tables on top.
 * <ol>
 * <li><b>Tables by counting.</b> Tables that serve the same language needs form a type;
 * by Hall's theorem a slot's meetings fit on its tables exactly when a few counters (one
 * per union of the types serving a need) are not exceeded, so the search never assigns
 * actual tables; {@link TableAssignment} does at the end (Kuhn's augmenting paths, which
 * Hall's theorem guarantees to succeed). With plain and {@code en} tables the counters
 * are "meetings needing en ≤ en tables" and "all meetings ≤ all tables". Locked meetings,
 * and when re-solving previous meetings back in their slot, hold their own table instead
 * (see {@link Schedule}).</li>
 * <li><b>First schedule.</b> Locked placements, then (re-solving) the previous placements
 * that are still valid, then a greedy pass: heaviest requests first, among equals the
 * most constrained (fewest common slots, busiest participants), each into the free slot
 * that adds the fewest idle gaps.</li>
 * <li><b>Improvement</b>, until a whole pass changes nothing or the time limit. For each
 * unplaced request, heaviest first (then those of the participants with the fewest
 * meetings): a free slot; else <em>Kempe-chain recolouring</em>: with slot α free at one
 * side x and β free at the other side y, the path of α/β meetings starting at y swaps α
 * and β, which frees y in α (in a bipartite graph the path never returns to x, which is
 * why König's theorem places every request of a bipartite instance in Δ slots when
 * nothing else binds); else an <em>ejection chain</em> into each slot: evict the
 * participants' meetings there, a meeting of a participant who is full and a meeting
 * holding a table the request could use, place the request, then bring the evicted
 * meetings back by a free slot, a recolouring or (deeper passes) an ejection of their
 * own, evicting only lighter meetings. A change is kept only when it improves the
 * objective (weight, then fairness), and the chains go deeper (up to two levels) when a
 * pass finds nothing. "Don't-look bits" skip a request that failed unless one of its
 * participants changed since.</li>
 * <li><b>Large-neighbourhood search</b>, once the passes are stuck: pick an unplaced
 * request (at random, heaviest weight class half the time), clear every meeting of its
 * two participants, and rebuild from the request, the cleared meetings and the unplaced
 * requests of everyone involved, heaviest first, with the moves above. The rebuild is
 * kept if it scores at least as well (equal scores too, to cross plateaus), else rolled
 * back. Stops after 3,000 tries in a row without a strict improvement. On the small
 * instances this is what closes the last percent to the optimum; on large ones it keeps
 * improving until the time limit.</li>
 * <li><b>Idle gaps.</b> A meeting and the meetings it would clash with swap between two
 * slots (a Kempe component of up to 16 meetings) when that lowers the idle gaps of
 * everyone involved; which requests are placed does not change.</li>
 * </ol>
 * The improvement and large-neighbourhood phases get 80 % of the time limit and the gap
 * phase the time up to 95 %; small instances stop long before, large ones use it (the
 * first schedule is ready within a second even at 20,000 requests).
 *
 * <p>
 * <b>Re-solving</b> starts from the previous placements that are still valid (request and
 * participants still there, every constraint holds, locks win), at their previous tables
 * when these are free. After one pass over every unplaced request, the passes only look
 * at requests whose participants changed (cancellations, moves, new placements): a
 * re-solve repairs around what changed.
 *
 * <h2>Quality report</h2> {@link Report#upperBound()} is the least of three relaxations
 * described in {@link UpperBound}: per participant (half the sum of each participant's
 * heaviest requests it has room for), per table and slot (a greedy that is exact for the
 * relaxation, because the requests that fit on (slot, table) positions form a matroid)
 * and the weight of all requests that can be tried; locked weight is added to each. Each
 * drops constraints, so the bound is never below the optimum. {@link Report#gap()} is
 * {@code (bound − scheduled) / bound}.
 *
 * <h2>Unscheduled requests</h2> Each gets the first cause that applies: a participant
 * unknown; the rules; no common slot; no table offering the languages; a participant
 * already at its maximum ({@code CAPACITY}); every common slot busy with other meetings
 * of the two or without a suitable free table ({@code BUSY}).
 *
 * <h2>Moves</h2> {@link Report#moved()} counts the placements of
 * {@link Problem#previous()} whose request is still in the problem and not locked, and
 * that end in another slot or at another table, or unscheduled. A previous placement
 * whose request is gone (cancelled, or its participant left) is not counted: nothing
 * could keep it.
 *
 * <h2>Determinism</h2> The only randomness is the large-neighbourhood search's, from a
 * seed fixed by the problem's size, and nothing iterates in hash order: the same problem
 * gives the same schedule, unless the time limit cuts a phase short (then the result
 * depends on the machine's speed, as on the 20,000-request benchmark).
 */
public final class FairScheduler {

	private static final System.Logger LOG = System.getLogger(FairScheduler.class.getName());

	/** A default time limit for callers without their own. */
	public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(20);

	/** Large-neighbourhood tries in a row without improvement before the search stops. */
	private static final int PATIENCE = 3000;

	public Solution solve(Problem problem, Duration timeLimit) {
		long started = System.nanoTime();
		long limit = Math.max(0, timeLimit.toNanos());
		Model model = new Model(problem);
		Schedule schedule = new Schedule(model);
		int[][] freeOfType = lock(model, schedule);
		schedule.setCapacities(freeOfType);
		long upperBound = UpperBound.of(model, schedule, freeOfType);
		keepPrevious(model, schedule);
		boolean resolving = !problem.previous().isEmpty();
		Improver improver = new Improver(schedule, resolving ? lightestWeight(model) : 0);
		if (resolving) {
			improver.focusOnChanges();
		}
		improver.construct();
		long firstMillis = (System.nanoTime() - started) / 1_000_000;
		debug("first", schedule, started);
		improver.improve(started + limit * 8 / 10);
		debug("improve", schedule, started);
		improver.perturb(started + limit * 8 / 10, PATIENCE);
		debug("perturb", schedule, started);
		improver.compactGaps(started + limit * 95 / 100);
		debug("gaps", schedule, started);
		TableAssignment tables = new TableAssignment(schedule);
		return solution(model, schedule, tables, upperBound, firstMillis, started);
	}

	/**
	 * Places the locked placements that can be kept; returns the free tables per slot and
	 * type.
	 */
	private static int[][] lock(Model model, Schedule schedule) {
		List<Table> tables = model.problem.tables();
		int[][] freeOfType = new int[model.slots][model.tables.types];
		for (int t = 0; t < tables.size(); t++) {
			int type = model.tables.typeOfTable[t];
			if (type >= 0) {
				for (int s = 0; s < model.slots; s++) {
					freeOfType[s][type]++;
				}
			}
		}
		boolean[] tableTaken = new boolean[model.slots * tables.size()];
		for (Placement lock : model.problem.locked()) {
			Integer r = model.requestIndex.get(lock.requestId());
			Integer t = model.tableIndex.get(lock.tableId());
			int s = lock.slot();
			if (r == null || t == null || s < 0 || s >= model.slots || model.a[r] < 0 || model.b[r] < 0
					|| model.a[r] == model.b[r] || schedule.slotOf[r] >= 0 || schedule.occupant(model.a[r], s) >= 0
					|| schedule.occupant(model.b[r], s) >= 0 || tableTaken[s * tables.size() + t]) {
				continue;
			}
			schedule.lock(r, s, t);
			tableTaken[s * tables.size() + t] = true;
			int type = model.tables.typeOfTable[t];
			if (type >= 0) {
				freeOfType[s][type]--;
			}
		}
		return freeOfType;
	}

	/**
	 * Puts back the previous placements that are still valid, heaviest first, at their
	 * previous tables where these can still serve them. Participants whose previous
	 * placement cannot be put back are marked as changed.
	 */
	private static void keepPrevious(Model model, Schedule schedule) {
		List<Placement> previous = new ArrayList<>(model.problem.previous());
		previous.sort(Comparator.comparingInt((Placement p) -> {
			Integer r = model.requestIndex.get(p.requestId());
			return (r == null) ? 0 : -model.weight[r];
		}));
		for (Placement placement : previous) {
			Integer r = model.requestIndex.get(placement.requestId());
			int s = placement.slot();
			if (r == null || model.a[r] < 0 || model.b[r] < 0 || schedule.locked[r] || schedule.previousSlot[r] >= 0
					|| s < 0 || s >= model.slots) {
				continue; // gone (with its participant), locked anew, or not a placement
							// at all
			}
			Integer t = model.tableIndex.get(placement.tableId());
			boolean serves = t != null && model.need[r] >= 0 && model.tables.typeOfTable[t] >= 0
					&& model.tables.serves[model.need[r]][model.tables.typeOfTable[t]];
			schedule.setPrevious(r, s, serves ? t : -1);
			if (model.staticCause[r] == null && schedule.canPlace(r, s)) {
				schedule.place(r, s);
			}
			else {
				schedule.touch(model.a[r]);
				schedule.touch(model.b[r]);
			}
		}
		schedule.commit();
	}

	private static void debug(String phase, Schedule schedule, long started) {
		if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
			LOG.log(System.Logger.Level.DEBUG, "{0} after {1} ms: {2} placed, {3}", phase,
					(System.nanoTime() - started) / 1_000_000, schedule.placed, schedule.score());
		}
	}

	private static int lightestWeight(Model model) {
		int lightest = Integer.MAX_VALUE;
		for (int w : model.weight) {
			if (w > 0) {
				lightest = Math.min(lightest, w);
			}
		}
		return (lightest == Integer.MAX_VALUE) ? 1 : lightest;
	}

	private static Solution solution(Model model, Schedule schedule, TableAssignment tables, long upperBound,
			long firstMillis, long started) {
		List<Table> tableList = model.problem.tables();
		List<Placement> placements = new ArrayList<>(schedule.placed);
		List<Unscheduled> unscheduled = new ArrayList<>();
		long requestedWeight = 0;
		int moved = 0;
		int idleGaps = 0;
		Integer[] order = new Integer[model.requests];
		for (int r = 0; r < model.requests; r++) {
			order[r] = r;
			requestedWeight += model.weight[r];
			int s = schedule.slotOf[r];
			if (s < 0) {
				unscheduled.add(Causes.of(schedule, r));
			}
			if (!schedule.locked[r] && schedule.previousSlot[r] >= 0
					&& (s != schedule.previousSlot[r] || tables.tableOf[r] != schedule.previousTable[r])) {
				moved++;
			}
		}
		Arrays.sort(order,
				Comparator.<Integer>comparingInt((r) -> schedule.slotOf[r]).thenComparingInt((r) -> tables.tableOf[r]));
		for (int r : order) {
			if (schedule.slotOf[r] >= 0) {
				placements.add(new Placement(model.request[r].id(), schedule.slotOf[r],
						tableList.get(tables.tableOf[r]).id()));
			}
		}
		for (int p = 0; p < model.participants; p++) {
			idleGaps += schedule.idleGaps(p);
		}
		long weight = schedule.weight;
		double gap = (upperBound == 0) ? 0 : (double) (upperBound - weight) / upperBound;
		long totalMillis = (System.nanoTime() - started) / 1_000_000;
		Report report = new Report(model.requests, schedule.placed, requestedWeight, weight, upperBound, gap,
				schedule.fewestMeetings(), idleGaps, moved, firstMillis, totalMillis);
		return new Solution(placements, unscheduled, report);
	}

}
