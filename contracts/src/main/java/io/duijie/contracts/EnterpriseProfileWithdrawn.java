package io.duijie.contracts;

import java.time.Instant;

/** An enterprise was withdrawn; a tombstone with the same key follows. */
public record EnterpriseProfileWithdrawn(String eventId, Instant occurredAt, String enterpriseId,
		long version) implements EnterpriseProfileEvent {
}
