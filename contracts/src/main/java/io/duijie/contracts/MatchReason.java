package io.duijie.contracts;

/**
 * One factor of a match score, explained in Chinese and English.
 *
 * @param factor machine name of the factor, e.g. {@code industry-code}, {@code keywords},
 * {@code region}
 * @param contribution what this factor added to the score (0..1, the contributions sum to
 * the score)
 */
public record MatchReason(String factor, double contribution, String zh, String en) {
}
