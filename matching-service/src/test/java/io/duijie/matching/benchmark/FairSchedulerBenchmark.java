package io.duijie.matching.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.duijie.matching.fairs.solver.CpSatOptimum;
import io.duijie.matching.fairs.solver.FairInstances;
import io.duijie.matching.fairs.solver.FairScheduler;
import io.duijie.matching.fairs.solver.Problem;
import io.duijie.matching.fairs.solver.Report;
import io.duijie.matching.fairs.solver.ScheduleChecker;
import io.duijie.matching.fairs.solver.Solution;

/**
 * The fair scheduler's benchmark (issue 5): scheduled weight against the optimum proved
 * by CP-SAT on generated instances up to 60 participants, 300 requests and 16 slots; the
 * König case; the 2,000-participant case (first schedule, final schedule, re-solve after
 * 5 % cancellations). The independent {@link ScheduleChecker} verifies every schedule.
 * Prints Markdown. Run it with {@code benchmarks/fairs.sh}.
 *
 * <p>
 * Options: {@code --exact N} instances compared with CP-SAT (30), {@code --exact-limit}
 * seconds per CP-SAT run (120), {@code --limit} seconds for the scheduler on the small
 * instances (5), {@code --scale true|false} (true), {@code --scale-limit} seconds of the
 * large first run (20), {@code --resolve-limit} seconds of the re-solve (5),
 * {@code --konig
 * N} bipartite instances (10), {@code --seed} (1).
 */
public final class FairSchedulerBenchmark {

	private static int violations;

	private FairSchedulerBenchmark() {
	}

	public static void main(String[] args) {
		int exact = intArg(args, "--exact", 30);
		double exactLimit = doubleArg(args, "--exact-limit", 120);
		double limit = doubleArg(args, "--limit", 5);
		boolean scale = !"false".equals(arg(args, "--scale", "true"));
		double scaleLimit = doubleArg(args, "--scale-limit", 20);
		double resolveLimit = doubleArg(args, "--resolve-limit", 5);
		int konig = intArg(args, "--konig", 10);
		long seed = intArg(args, "--seed", 1);
		System.out.printf(Locale.ROOT, "java %s, %d cores, load average at start %.2f%n%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), load());
		if (exact > 0) {
			exactComparison(exact, exactLimit, limit, seed);
		}
		if (konig > 0) {
			konig(konig, seed);
		}
		if (scale) {
			scale(scaleLimit, resolveLimit, seed);
		}
		System.out.printf(Locale.ROOT, "%nchecker violations over every schedule: %d; load average at end %.2f%n",
				violations, load());
		if (violations > 0) {
			System.exit(1);
		}
	}

	private static void exactComparison(int count, double exactLimit, double limit, long seed) {
		System.out.println("## Scheduled weight against the CP-SAT optimum");
		System.out.println();
		System.out.println(
				"| # | participants | requests | slots | tables | optimum (CP-SAT) | proven | CP-SAT s | scheduled | ratio | upper bound | scheduler ms | violations |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
		double sum = 0;
		double worst = 1;
		int unproven = 0;
		int boundBelow = 0;
		for (int i = 0; i < count; i++) {
			FairInstances.Spec spec = FairInstances.comparison(i, seed);
			Problem problem = FairInstances.generate(spec);
			CpSatOptimum.Result optimum = CpSatOptimum.solve(problem, exactLimit);
			Solution solution = new FairScheduler().solve(problem, Duration.ofMillis((long) (limit * 1000)));
			int bad = check(problem, solution);
			Report report = solution.report();
			double ratio = (optimum.weight() == 0) ? 1 : (double) report.scheduledWeight() / optimum.weight();
			sum += ratio;
			worst = Math.min(worst, ratio);
			unproven += optimum.proven() ? 0 : 1;
			boundBelow += (report.upperBound() < optimum.weight()) ? 1 : 0;
			System.out.printf(Locale.ROOT, "| %d | %d | %d | %d | %d | %d | %s | %.1f | %d | %.4f | %d | %d | %d |%n",
					i, spec.participants(), problem.requests().size(), spec.slots(), spec.tables(), optimum.weight(),
					optimum.proven() ? "yes" : "no (bound " + optimum.bound() + ")", optimum.seconds(),
					report.scheduledWeight(), ratio, report.upperBound(), report.totalMillis(), bad);
		}
		System.out.println();
		System.out.printf(Locale.ROOT,
				"mean ratio %.4f, worst %.4f over %d instances; not proven optimal: %d; upper bound below the optimum: %d%n%n",
				sum / count, worst, count, unproven, boundBelow);
	}

	private static void konig(int count, long seed) {
		System.out.println("## König: bipartite, unlimited tables, full availability, Δ slots");
		System.out.println();
		System.out.println("| seed | enterprises × hosts | requests | Δ (slots) | scheduled | ms | violations |");
		System.out.println("|---|---|---|---|---|---|---|");
		for (int i = 0; i < count; i++) {
			int enterprises = 100 + 50 * i;
			int hosts = 20 + 5 * i;
			int requests = enterprises * 8;
			Problem problem = FairInstances.bipartite(enterprises, hosts, requests, seed * 100 + i);
			Solution solution = new FairScheduler().solve(problem, Duration.ofSeconds(20));
			int bad = check(problem, solution);
			System.out.printf(Locale.ROOT, "| %d | %d × %d | %d | %d | %d (%.1f %%) | %d | %d |%n", seed * 100 + i,
					enterprises, hosts, requests, problem.slots(), solution.report().scheduled(),
					100.0 * solution.report().scheduled() / requests, solution.report().totalMillis(), bad);
		}
		System.out.println();
	}

	static FairInstances.Spec scaleSpec(long seed) {
		return new FairInstances.Spec(2000, 20000, 24, 2, 400, 0.2, 0.1, true, 6, 16, true, 0.3, seed);
	}

	private static void scale(double scaleLimit, double resolveLimit, long seed) {
		System.out.println("## 2,000 participants, 20,000 requests, 24 slots, 400 tables");
		System.out.println();
		Problem problem = FairInstances.generate(scaleSpec(seed));
		Solution first = new FairScheduler().solve(problem, Duration.ofMillis((long) (scaleLimit * 1000)));
		int bad = check(problem, first);
		Report r = first.report();
		System.out.println(
				"| run | time limit | first schedule ms | final ms | scheduled | weight | upper bound | gap | fewest meetings | idle gaps | moved | violations |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
		row("first run", scaleLimit, r, bad, "");
		Problem resolve = FairInstances.cancel(problem, first, 0.05, seed + 1);
		Solution again = new FairScheduler().solve(resolve, Duration.ofMillis((long) (resolveLimit * 1000)));
		bad = check(resolve, again);
		int unaffected = FairInstances.unaffected(resolve);
		row("re-solve, 5 % cancelled", resolveLimit, again.report(), bad, String.format(Locale.ROOT,
				" (%.2f %% of %d unaffected)", 100.0 * again.report().moved() / unaffected, unaffected));
		System.out.println();
	}

	private static void row(String name, double limit, Report r, int bad, String movedNote) {
		System.out.printf(Locale.ROOT,
				"| %s | %.0f s | %d | %d | %d / %d | %d / %d | %d | %.4f | %d | %d | %d%s | %d |%n", name, limit,
				r.firstMillis(), r.totalMillis(), r.scheduled(), r.requested(), r.scheduledWeight(),
				r.requestedWeight(), r.upperBound(), r.gap(), r.fewestMeetings(), r.idleGaps(), r.moved(), movedNote,
				bad);
	}

	private static int check(Problem problem, Solution solution) {
		List<String> found = new ScheduleChecker().violations(problem, solution.placements());
		List<String> missing = new ArrayList<>();
		if (solution.placements().size() + solution.unscheduled().size() != problem.requests().size()) {
			missing.add("placed + unscheduled != requests");
		}
		found.addAll(missing);
		found.stream().limit(5).forEach((v) -> System.out.println("VIOLATION: " + v));
		violations += found.size();
		return found.size();
	}

	private static double load() {
		return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static String arg(String[] args, String name, String fallback) {
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}

	private static int intArg(String[] args, String name, int fallback) {
		return Integer.parseInt(arg(args, name, String.valueOf(fallback)));
	}

	private static double doubleArg(String[] args, String name, double fallback) {
		return Double.parseDouble(arg(args, name, String.valueOf(fallback)));
	}

}
