package io.duijie.contracts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Both sides accepted a match: a meeting candidate for the next matchmaking fair (对接会).
 */
public record MatchAccepted(String eventId, Instant occurredAt, String matchId, String enterpriseId,
		String enterpriseName, String partnerId, PartnerType partnerType, @Nullable CounterpartKind partnerKind,
		String partnerName, @Nullable String parkName, double score) implements DuijieEvent {

	@Override
	public String key() {
		return this.matchId;
	}

}
