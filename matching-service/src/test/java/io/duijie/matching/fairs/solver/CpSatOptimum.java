package io.duijie.matching.fairs.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;

/**
 * The exact yardstick: the largest weight any schedule of a problem can place, proved by
 * OR-Tools CP-SAT. One boolean {@code x[r,s]} per request and slot both sides can attend;
 * at most one slot per request; at most one meeting per participant and slot; at most
 * maxMeetings per participant; rules and language needs filter the requests. Tables are
 * counted per slot: with the tables grouped by their language set ("kinds"), a slot's
 * meetings fit on its tables if and only if, for every set K of kinds, the meetings
 * served only by kinds in K are no more than the tables of the kinds in K (Hall's
 * theorem, the kinds being interchangeable tables), so the model has one such constraint
 * per slot and non-empty set of kinds. That is exact for any language needs, with as many
 * constraints as sets of kinds (the generated instances have two kinds). Written apart
 * from the scheduler. No locks (the generated instances have none).
 */
public final class CpSatOptimum {

	static {
		Loader.loadNativeLibraries();
	}

	/**
	 * @param weight the best weight found
	 * @param proven whether CP-SAT proved it optimal
	 * @param bound CP-SAT's bound on the optimum
	 * @param seconds wall time
	 */
	public record Result(long weight, boolean proven, long bound, double seconds) {
	}

	private CpSatOptimum() {
	}

	public static Result solve(Problem problem, double timeLimitSeconds) {
		long started = System.nanoTime();
		int slots = problem.slotSessions().size();
		Map<String, Participant> people = new HashMap<>();
		problem.participants().forEach((p) -> people.put(p.id(), p));
		Map<Set<String>, Integer> kinds = new LinkedHashMap<>();
		List<Integer> kindCount = new ArrayList<>();
		for (Table t : problem.tables()) {
			Integer k = kinds.get(t.languages());
			if (k == null) {
				k = kinds.size();
				kinds.put(t.languages(), k);
				kindCount.add(0);
			}
			kindCount.set(k, kindCount.get(k) + 1);
		}
		List<Set<String>> kindList = new ArrayList<>(kinds.keySet());
		CpModel model = new CpModel();
		Map<String, List<List<Literal>>> byPersonSlot = new HashMap<>();
		Map<String, List<Literal>> byPerson = new HashMap<>();
		// per slot, per mask of kinds serving a meeting: its variables
		List<Map<Integer, List<Literal>>> byServingKinds = new ArrayList<>();
		for (int s = 0; s < slots; s++) {
			byServingKinds.add(new HashMap<>());
		}
		List<Literal> all = new ArrayList<>();
		List<Long> weights = new ArrayList<>();
		for (Request r : problem.requests()) {
			Participant a = people.get(r.a());
			Participant b = people.get(r.b());
			if (a == null || b == null || (!problem.allowed().isEmpty()
					&& !problem.allowed().contains(GroupPair.of(a.group(), b.group())))) {
				continue;
			}
			int serving = 0;
			for (int k = 0; k < kindList.size(); k++) {
				Set<String> offered = kindList.get(k);
				if ((a.language() == null || offered.contains(a.language()))
						&& (b.language() == null || offered.contains(b.language()))) {
					serving |= 1 << k;
				}
			}
			if (serving == 0) {
				continue;
			}
			List<Literal> slotsOfRequest = new ArrayList<>();
			for (int s = 0; s < slots; s++) {
				if (!a.available().get(s) || !b.available().get(s)) {
					continue;
				}
				BoolVar x = model.newBoolVar(r.id() + "@" + s);
				slotsOfRequest.add(x);
				all.add(x);
				weights.add((long) r.weight());
				for (Participant p : List.of(a, b)) {
					List<List<Literal>> perSlot = byPersonSlot.computeIfAbsent(p.id(), (id) -> {
						List<List<Literal>> l = new ArrayList<>();
						for (int i = 0; i < slots; i++) {
							l.add(new ArrayList<>());
						}
						return l;
					});
					perSlot.get(s).add(x);
					byPerson.computeIfAbsent(p.id(), (id) -> new ArrayList<>()).add(x);
				}
				byServingKinds.get(s).computeIfAbsent(serving, (m) -> new ArrayList<>()).add(x);
			}
			if (slotsOfRequest.size() > 1) {
				model.addAtMostOne(slotsOfRequest);
			}
		}
		byPersonSlot.values().forEach((perSlot) -> perSlot.forEach((l) -> {
			if (l.size() > 1) {
				model.addAtMostOne(l);
			}
		}));
		byPerson.forEach((id, l) -> {
			int max = people.get(id).maxMeetings();
			if (l.size() > max) {
				model.addLessOrEqual(LinearExpr.sum(l.toArray(new Literal[0])), max);
			}
		});
		int kindSets = 1 << kindList.size();
		for (int s = 0; s < slots; s++) {
			for (int set = 1; set < kindSets; set++) {
				int capacity = 0;
				for (int k = 0; k < kindList.size(); k++) {
					if ((set & (1 << k)) != 0) {
						capacity += kindCount.get(k);
					}
				}
				List<Literal> inside = new ArrayList<>();
				for (Map.Entry<Integer, List<Literal>> e : byServingKinds.get(s).entrySet()) {
					if ((e.getKey() & ~set) == 0) {
						inside.addAll(e.getValue());
					}
				}
				if (inside.size() > capacity) {
					model.addLessOrEqual(LinearExpr.sum(inside.toArray(new Literal[0])), capacity);
				}
			}
		}
		long[] w = weights.stream().mapToLong(Long::longValue).toArray();
		model.maximize(LinearExpr.weightedSum(all.toArray(new Literal[0]), w));
		CpSolver solver = new CpSolver();
		solver.getParameters().setMaxTimeInSeconds(timeLimitSeconds).setNumWorkers(2).setRandomSeed(1);
		CpSolverStatus status = solver.solve(model);
		double seconds = (System.nanoTime() - started) / 1e9;
		boolean found = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
		return new Result(found ? Math.round(solver.objectiveValue()) : 0, status == CpSolverStatus.OPTIMAL,
				Math.round(solver.bestObjectiveBound()), seconds);
	}

}
