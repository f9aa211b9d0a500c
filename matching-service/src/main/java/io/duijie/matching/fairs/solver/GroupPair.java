package io.duijie.matching.fairs.solver;

/**
 * Two groups whose members may meet, in either order ({@link #of} orders them).
 *
 * @param first the smaller group name
 * @param second the larger group name
 */
public record GroupPair(String first, String second) {

	public static GroupPair of(String a, String b) {
		return (a.compareTo(b) <= 0) ? new GroupPair(a, b) : new GroupPair(b, a);
	}

}
