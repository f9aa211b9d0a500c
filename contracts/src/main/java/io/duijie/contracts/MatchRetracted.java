package io.duijie.contracts;

import java.time.Instant;

/**
 * A match no longer holds: one side was withdrawn, or a new version scores below the
 * threshold.
 */
public record MatchRetracted(String eventId, Instant occurredAt, String matchId, String enterpriseId, String partnerId,
		RetractionReason reason) implements MatchEvent {

	public enum RetractionReason {

		ENTERPRISE_WITHDRAWN, PARTNER_WITHDRAWN, BELOW_THRESHOLD

	}

}
