package io.duijie.contracts;

import java.time.Instant;

/** An investor was withdrawn; a tombstone with the same key follows. */
public record InvestorProfileWithdrawn(String eventId, Instant occurredAt, String investorId,
		long version) implements InvestorProfileEvent {
}
