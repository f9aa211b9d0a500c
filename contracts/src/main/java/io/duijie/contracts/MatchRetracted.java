package io.duijie.contracts;

import java.time.Instant;

/**
 * A match no longer holds: one side was withdrawn or declined it, a new version scores
 * below the threshold, or better matches took its place.
 */
public record MatchRetracted(String eventId, Instant occurredAt, String matchId, String enterpriseId, String partnerId,
		RetractionReason reason) implements MatchEvent {

	public enum RetractionReason {

		ENTERPRISE_WITHDRAWN, PARTNER_WITHDRAWN, BELOW_THRESHOLD,

		/** One side declined the match ({@code POST /api/matches/{id}/feedback}). */
		DECLINED,

		/** A better match took the partner's place under its exposure cap. */
		EXPOSURE_CAP,

		/** A better partner of the same kind took its place in the enterprise's top k. */
		DISPLACED

	}

}
