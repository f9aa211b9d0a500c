package io.duijie.matching.fairs.solver;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generated fair instances for the scheduler's tests and benchmark: seeded, so that a
 * failing instance can be generated again.
 */
public final class FairInstances {

	/** Must-meet and would-like weights, as the fairs package gives them. */
	public static final int MUST = 10;

	public static final int WOULD = 1;

	private FairInstances() {
	}

	/**
	 * What to generate.
	 *
	 * @param participants participants
	 * @param requests requests (distinct pairs)
	 * @param slots slots
	 * @param sessions sessions the slots are split into (equal runs)
	 * @param tables tables
	 * @param interpreterShare share of the tables with an {@code en} interpreter
	 * @param languageShare share of the participants who need {@code en}
	 * @param windows whether some participants are available in a window only
	 * @param fewestMax smallest maxMeetings
	 * @param mostMax largest maxMeetings
	 * @param rules whether group rules apply (enterprises meet governments and investors,
	 * governments meet investors; a few requests break them)
	 * @param mustShare share of must-meet requests (weight 10, the rest 1)
	 * @param seed the seed
	 */
	public record Spec(int participants, int requests, int slots, int sessions, int tables, double interpreterShare,
			double languageShare, boolean windows, int fewestMax, int mostMax, boolean rules, double mustShare,
			long seed) {
	}

	/**
	 * The i-th instance of the comparison: sizes grow to 60 participants, 300 requests,
	 * 16 slots.
	 */
	public static Spec comparison(int i, long seed) {
		int participants = 20 + (i % 5) * 10; // 20..60
		int requests = participants * (3 + i % 3); // 3x..5x participants, at most 300
		requests = Math.min(requests, 300);
		int slots = 8 + (i % 3) * 4; // 8, 12, 16
		int tables = Math.max(2, participants / (3 + i % 4)); // tight to loose
		boolean windows = i % 2 == 0;
		boolean rules = i % 3 != 1;
		double mustShare = new double[] { 0.3, 0.5, 0.0, 1.0, 0.2 }[i % 5];
		return new Spec(participants, requests, slots, 1 + i % 2, tables, 0.25, (i % 4 == 3) ? 0 : 0.15, windows, 3,
				4 + i % 8, rules, mustShare, seed * 1000 + i);
	}

	/** A mixed instance as a fair might have. */
	public static Problem generate(Spec spec) {
		Random random = new Random(spec.seed());
		int slots = spec.slots();
		List<Integer> sessions = sessions(slots, spec.sessions());
		List<Table> tables = new ArrayList<>();
		int interpreted = (int) Math.round(spec.tables() * spec.interpreterShare());
		for (int t = 0; t < spec.tables(); t++) {
			tables.add(new Table("T" + t, (t < interpreted) ? Set.of("en") : Set.of()));
		}
		List<Participant> people = new ArrayList<>();
		String[] groups = { "enterprise", "enterprise", "enterprise", "government", "investor" };
		for (int p = 0; p < spec.participants(); p++) {
			BitSet available = new BitSet(slots);
			if (!spec.windows() || random.nextDouble() < 0.6) {
				available.set(0, slots);
			}
			else {
				int length = Math.max(1, slots * (4 + random.nextInt(5)) / 10);
				int start = random.nextInt(slots - length + 1);
				available.set(start, start + length);
			}
			int max = spec.fewestMax() + random.nextInt(spec.mostMax() - spec.fewestMax() + 1);
			String language = (random.nextDouble() < spec.languageShare()) ? "en" : null;
			people.add(new Participant("P" + p, groups[p % groups.length], max, available, language));
		}
		Set<GroupPair> allowed = spec.rules() ? Set.of(GroupPair.of("enterprise", "government"),
				GroupPair.of("enterprise", "investor"), GroupPair.of("government", "investor")) : Set.of();
		List<Request> requests = new ArrayList<>();
		Set<Long> pairs = new HashSet<>();
		int n = spec.participants();
		int guard = 0;
		while (requests.size() < spec.requests() && guard++ < spec.requests() * 100) {
			// skewed: some participants are asked for far more than others
			int a = (int) (n * Math.pow(random.nextDouble(), 1.6));
			int b = random.nextInt(n);
			if (a == b || !pairs.add(Math.min(a, b) * (long) n + Math.max(a, b))) {
				continue;
			}
			Participant pa = people.get(a);
			Participant pb = people.get(b);
			if (!allowed.isEmpty() && !allowed.contains(GroupPair.of(pa.group(), pb.group()))
					&& random.nextDouble() < 0.9) {
				continue;
			}
			int weight = (random.nextDouble() < spec.mustShare()) ? MUST : WOULD;
			requests.add(new Request("R" + requests.size(), pa.id(), pb.id(), weight));
		}
		return new Problem(sessions, tables, people, requests, allowed, List.of(), List.of());
	}

	/**
	 * A bipartite instance (enterprises × hosts) with a table per request, everyone
	 * available, room for every request, and Δ slots (Δ: the most requests any
	 * participant has): König's theorem says every request fits.
	 */
	public static Problem bipartite(int enterprises, int hosts, int requests, long seed) {
		Random random = new Random(seed);
		List<Request> list = new ArrayList<>();
		Set<Long> pairs = new HashSet<>();
		int[] degree = new int[enterprises + hosts];
		while (list.size() < requests) {
			int e = random.nextInt(enterprises);
			int h = (int) (hosts * Math.pow(random.nextDouble(), 1.3));
			if (!pairs.add(e * (long) hosts + h)) {
				continue;
			}
			degree[e]++;
			degree[enterprises + h]++;
			list.add(new Request("R" + list.size(), "E" + e, "H" + h, (random.nextInt(3) == 0) ? MUST : WOULD));
		}
		int delta = 0;
		for (int d : degree) {
			delta = Math.max(delta, d);
		}
		BitSet all = new BitSet();
		all.set(0, delta);
		List<Participant> people = new ArrayList<>();
		for (int e = 0; e < enterprises; e++) {
			people.add(new Participant("E" + e, "enterprise", delta, all, null));
		}
		for (int h = 0; h < hosts; h++) {
			people.add(new Participant("H" + h, "government", delta, all, null));
		}
		List<Table> tables = new ArrayList<>();
		for (int t = 0; t < requests; t++) {
			tables.add(new Table("T" + t, Set.of()));
		}
		return new Problem(sessions(delta, 1), tables, people, list, Set.of(), List.of(), List.of());
	}

	/**
	 * The problem of a re-solve: a share of the requests cancelled (removed), the solved
	 * schedule as {@code previous}.
	 */
	public static Problem cancel(Problem problem, Solution solved, double share, long seed) {
		Random random = new Random(seed);
		List<Request> kept = new ArrayList<>();
		for (Request r : problem.requests()) {
			if (random.nextDouble() >= share) {
				kept.add(r);
			}
		}
		return new Problem(problem.slotSessions(), problem.tables(), problem.participants(), kept, problem.allowed(),
				problem.locked(), solved.placements());
	}

	/** The number of previous placements whose request is still in {@code problem}. */
	public static int unaffected(Problem problem) {
		Set<String> ids = new HashSet<>();
		problem.requests().forEach((r) -> ids.add(r.id()));
		return (int) problem.previous().stream().filter((p) -> ids.contains(p.requestId())).count();
	}

	static List<Integer> sessions(int slots, int sessions) {
		List<Integer> out = new ArrayList<>();
		for (int s = 0; s < slots; s++) {
			out.add(s * sessions / Math.max(1, slots));
		}
		return out;
	}

}
