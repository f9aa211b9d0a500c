/**
 * Feedback on matches: {@code POST /api/matches/{id}/feedback} publishes each side's
 * decision on the compacted {@code match-feedback} topic; the ledger applies it (a
 * decline retracts the match for good; two accepts publish a {@code MatchAccepted}, the
 * meeting candidate of matchmaking fairs) and is rebuilt from the topic when Redis lost
 * it.
 */
@NullMarked
package io.duijie.matching.feedback;

import org.jspecify.annotations.NullMarked;
