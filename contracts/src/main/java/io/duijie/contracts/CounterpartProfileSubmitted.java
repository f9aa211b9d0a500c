package io.duijie.contracts;

import java.time.Instant;

/** A new counterpart, or a new version of one. */
public record CounterpartProfileSubmitted(String eventId, Instant occurredAt, String counterpartId, long version,
		CounterpartProfile profile) implements CounterpartProfileEvent {
}
