package io.duijie.contracts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A lead passed from one staff member to another. */
public record LeadHandedOver(String eventId, Instant occurredAt, String leadId, long version, String enterpriseId,
		String from, String to, String by, Instant at, @Nullable String note) implements LeadEvent {
}
