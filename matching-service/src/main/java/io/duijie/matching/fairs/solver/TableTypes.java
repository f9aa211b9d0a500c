package io.duijie.matching.fairs.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The table side of the problem, aggregated so that a slot's tables can be checked by
 * counting instead of by matching.
 *
 * <p>
 * A meeting <em>needs</em> the set of languages its two participants ask for (at most
 * two); a table serves a need when it offers every language in it. Needs that occur are
 * numbered as <em>classes</em>; tables that serve exactly the same classes are one
 * <em>type</em>, so a class is served by a set of types, its neighbourhood {@code N(c)}.
 * By Hall's theorem, a slot's meetings fit on its free tables if and only if for every
 * set {@code U} of types, the meetings whose neighbourhood lies inside {@code U} are no
 * more than the free tables of the types in {@code U}. Only the sets {@code U} that are
 * unions of neighbourhoods matter (any other {@code U} gives a weaker inequality than the
 * union of the neighbourhoods it contains), so the scheduler keeps one counter per such
 * union and per slot: its <em>slack</em>. A meeting of class {@code c} fits in a slot
 * when every union containing {@code N(c)} has slack left. With tables either plain or
 * with {@code en} this is the two counters "meetings needing en ≤ en tables" and "all
 * meetings ≤ all tables".
 */
final class TableTypes {

	/** More unions than this means an unusual table set; checking would get slow. */
	private static final int MAX_UNIONS = 4096;

	/** Class of each distinct need, keyed by the sorted languages. */
	private final Map<Set<String>, Integer> classOfNeed = new LinkedHashMap<>();

	/** Type of each table, -1 when it serves no class. */
	final int[] typeOfTable;

	/** Number of types. */
	final int types;

	/** Neighbourhood of each class as a bit mask of types (0: no table serves it). */
	final long[] neighbourhood;

	/** The unions of neighbourhoods, as type masks. */
	final long[] unions;

	/** For each class, the indexes of the unions that contain its neighbourhood. */
	final int[][] constraintsOfClass;

	/** For each type, the indexes of the unions that contain it (a table of it taken). */
	final int[][] constraintsOfType;

	/** Whether table type t serves class c: {@code serves[c][t]}. */
	final boolean[][] serves;

	private TableTypes(List<Set<String>> needs, List<Table> tables) {
		for (Set<String> need : needs) {
			this.classOfNeed.putIfAbsent(need, this.classOfNeed.size());
		}
		List<Set<String>> classes = new ArrayList<>(this.classOfNeed.keySet());
		int classCount = classes.size();
		// signature of a table: the classes it serves; equal signatures make one type
		Map<List<Boolean>, Integer> typeOfSignature = new HashMap<>();
		List<boolean[]> typeServes = new ArrayList<>();
		this.typeOfTable = new int[tables.size()];
		for (int t = 0; t < tables.size(); t++) {
			Set<String> offered = tables.get(t).languages();
			List<Boolean> signature = new ArrayList<>(classCount);
			boolean any = false;
			for (Set<String> need : classes) {
				boolean served = offered.containsAll(need);
				signature.add(served);
				any |= served;
			}
			if (!any) {
				this.typeOfTable[t] = -1;
				continue;
			}
			Integer type = typeOfSignature.get(signature);
			if (type == null) {
				type = typeServes.size();
				typeOfSignature.put(signature, type);
				boolean[] s = new boolean[classCount];
				for (int c = 0; c < classCount; c++) {
					s[c] = signature.get(c);
				}
				typeServes.add(s);
			}
			this.typeOfTable[t] = type;
		}
		this.types = typeServes.size();
		if (this.types > 62) {
			throw new IllegalArgumentException(
					"too many tables with distinct language sets (" + this.types + " kinds, at most 62)");
		}
		this.serves = new boolean[classCount][this.types];
		this.neighbourhood = new long[classCount];
		for (int c = 0; c < classCount; c++) {
			for (int t = 0; t < this.types; t++) {
				if (typeServes.get(t)[c]) {
					this.serves[c][t] = true;
					this.neighbourhood[c] |= 1L << t;
				}
			}
		}
		this.unions = closeUnderUnion(this.neighbourhood);
		this.constraintsOfClass = new int[classCount][];
		for (int c = 0; c < classCount; c++) {
			long n = this.neighbourhood[c];
			List<Integer> inside = new ArrayList<>();
			if (n != 0) {
				for (int u = 0; u < this.unions.length; u++) {
					if ((this.unions[u] & n) == n) {
						inside.add(u);
					}
				}
			}
			this.constraintsOfClass[c] = inside.stream().mapToInt(Integer::intValue).toArray();
		}
		this.constraintsOfType = new int[this.types][];
		for (int t = 0; t < this.types; t++) {
			List<Integer> inside = new ArrayList<>();
			for (int u = 0; u < this.unions.length; u++) {
				if ((this.unions[u] & (1L << t)) != 0) {
					inside.add(u);
				}
			}
			this.constraintsOfType[t] = inside.stream().mapToInt(Integer::intValue).toArray();
		}
	}

	/**
	 * @param needs the language needs of the requests (one entry per request, any order)
	 * @param tables the tables
	 */
	static TableTypes of(List<Set<String>> needs, List<Table> tables) {
		return new TableTypes(needs, tables);
	}

	private static long[] closeUnderUnion(long[] neighbourhoods) {
		TreeSet<Long> closed = new TreeSet<>();
		for (long n : neighbourhoods) {
			if (n != 0) {
				closed.add(n);
			}
		}
		List<Long> frontier = new ArrayList<>(closed);
		while (!frontier.isEmpty()) {
			List<Long> next = new ArrayList<>();
			for (long f : frontier) {
				for (long n : neighbourhoods) {
					if (n != 0 && closed.add(f | n)) {
						next.add(f | n);
						if (closed.size() > MAX_UNIONS) {
							throw new IllegalArgumentException(
									"the tables' language sets are too varied to schedule (more than " + MAX_UNIONS
											+ " combinations)");
						}
					}
				}
			}
			frontier = next;
		}
		return closed.stream().mapToLong(Long::longValue).toArray();
	}

	int classOf(Set<String> need) {
		Integer c = this.classOfNeed.get(need);
		if (c == null) {
			throw new IllegalArgumentException("unknown need " + need);
		}
		return c;
	}

	/** Whether any table at all serves class {@code c}. */
	boolean served(int c) {
		return this.neighbourhood[c] != 0;
	}

	/** Capacity of every union given the number of free tables of each type. */
	int[] capacities(int[] freeOfType) {
		int[] cap = new int[this.unions.length];
		for (int u = 0; u < this.unions.length; u++) {
			long mask = this.unions[u];
			int sum = 0;
			for (int t = 0; t < this.types; t++) {
				if ((mask & (1L << t)) != 0) {
					sum += freeOfType[t];
				}
			}
			cap[u] = sum;
		}
		return cap;
	}

}
