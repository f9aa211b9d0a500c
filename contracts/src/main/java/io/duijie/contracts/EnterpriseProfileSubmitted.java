package io.duijie.contracts;

import java.time.Instant;

/** A new enterprise, or a new version of one (same credit code, same id). */
public record EnterpriseProfileSubmitted(String eventId, Instant occurredAt, String enterpriseId, long version,
		EnterpriseProfile profile) implements EnterpriseProfileEvent {
}
