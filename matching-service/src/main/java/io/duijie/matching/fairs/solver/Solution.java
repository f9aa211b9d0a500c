package io.duijie.matching.fairs.solver;

import java.util.List;

/**
 * A schedule: every request is either placed or unscheduled with its cause.
 *
 * @param placements the placed requests
 * @param unscheduled the requests left out
 * @param report the quality report
 */
public record Solution(List<Placement> placements, List<Unscheduled> unscheduled, Report report) {

	public Solution {
		placements = List.copyOf(placements);
		unscheduled = List.copyOf(unscheduled);
	}

}
