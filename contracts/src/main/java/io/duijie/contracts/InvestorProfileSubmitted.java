package io.duijie.contracts;

import java.time.Instant;

/** A new investor, or a new version of one. */
public record InvestorProfileSubmitted(String eventId, Instant occurredAt, String investorId, long version,
		InvestorProfile profile) implements InvestorProfileEvent {
}
