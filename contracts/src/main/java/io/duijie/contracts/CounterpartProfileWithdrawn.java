package io.duijie.contracts;

import java.time.Instant;

/** A counterpart was withdrawn; a tombstone with the same key follows. */
public record CounterpartProfileWithdrawn(String eventId, Instant occurredAt, String counterpartId,
		long version) implements CounterpartProfileEvent {
}
