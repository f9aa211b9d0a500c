/**
 * The fair scheduler: places the one-on-one meetings of a matchmaking fair (对接会) on time
 * slots and tables, and an independent checker of what it returns. Plain Java, no Spring:
 * the {@code fairs} package turns a fair into a
 * {@link io.duijie.matching.fairs.solver.Problem} and the
 * {@link io.duijie.matching.fairs.solver.Solution} back into a schedule version.
 */
@NullMarked
package io.duijie.matching.fairs.solver;

import org.jspecify.annotations.NullMarked;
