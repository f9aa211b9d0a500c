package io.duijie.matching.fairs.solver;

/**
 * What a run achieved, against what was asked and an upper bound on the optimum.
 *
 * @param requested requests in the problem
 * @param scheduled requests placed
 * @param requestedWeight the weight of all requests
 * @param scheduledWeight the weight placed
 * @param upperBound an upper bound on the weight any schedule can place (from a
 * relaxation, see the scheduler's Javadoc)
 * @param gap {@code (upperBound - scheduledWeight) / upperBound}, 0 when the bound is 0
 * @param fewestMeetings the smallest number of meetings any participant with a placeable
 * request gets
 * @param idleGaps empty slots between two meetings of the same participant in the same
 * session, summed over participants
 * @param moved placements of {@code previous} that changed slot or table, or were dropped
 * @param firstMillis milliseconds until the first complete schedule
 * @param totalMillis milliseconds until the returned one
 */
public record Report(int requested, int scheduled, long requestedWeight, long scheduledWeight, long upperBound,
		double gap, int fewestMeetings, int idleGaps, int moved, long firstMillis, long totalMillis) {
}
