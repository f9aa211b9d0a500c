package io.duijie.matching.fairs.solver;

/**
 * A meeting asked for between two participants.
 *
 * @param id its id
 * @param a one participant's id
 * @param b the other participant's id
 * @param weight what scheduling it is worth, positive (the fairs package gives must-meet
 * 10 and would-like 1, so that no number of would-likes outweighs a must-meet in
 * practice; see the README)
 */
public record Request(String id, String a, String b, int weight) {
}
