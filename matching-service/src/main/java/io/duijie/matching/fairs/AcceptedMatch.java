package io.duijie.matching.fairs;

import java.time.Instant;

/**
 * A match both sides accepted: a meeting candidate in every open fair both sides take
 * part in, now or once the second of them registers.
 *
 * @param matchId the match
 * @param enterpriseId the enterprise
 * @param partnerId the partner (counterpart or investor)
 * @param acceptedAt when it was accepted
 */
record AcceptedMatch(String matchId, String enterpriseId, String partnerId, Instant acceptedAt) {
}
