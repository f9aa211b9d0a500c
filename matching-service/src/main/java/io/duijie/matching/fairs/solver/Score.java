package io.duijie.matching.fairs.solver;

/**
 * The objective's value, compared lexicographically: weight first, then fairness (the
 * fewest meetings any participant has, then how few participants have that few), and,
 * when re-solving, the previous placements moved.
 *
 * @param weight the weight placed
 * @param fewest the fewest meetings of a participant with a request that can be tried
 * @param atFewest how many participants have that few
 * @param moved previous placements moved or dropped
 */
record Score(long weight, int fewest, int atFewest, int moved) {

	/** A step that gains weight may move at most this many previous placements. */
	static final int MOST_MOVES_PER_STEP = 3;

	/**
	 * Whether this score is an improvement over {@code before}. A heavier schedule is
	 * better; when re-solving ({@code lightest > 0}, the lightest request weight) only if
	 * it moved at most one more previous placement per {@code lightest} weight gained,
	 * and at most {@link #MOST_MOVES_PER_STEP}. A schedule of the same weight is better
	 * only if it is fairer without moving more, or as fair with fewer moves.
	 */
	boolean improves(Score before, int lightest) {
		if (this.weight != before.weight) {
			if (this.weight < before.weight) {
				return false;
			}
			if (lightest <= 0) {
				return true;
			}
			long allowed = Math.min(MOST_MOVES_PER_STEP, (this.weight - before.weight) / lightest);
			return this.moved - before.moved <= allowed;
		}
		if (this.moved > before.moved) {
			return false;
		}
		if (this.fewest != before.fewest) {
			return this.fewest > before.fewest;
		}
		if (this.atFewest != before.atFewest) {
			return this.atFewest < before.atFewest;
		}
		return this.moved < before.moved;
	}

}
