package io.duijie.contracts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An enterprise was withdrawn; a tombstone with the same key follows, unless it was
 * merged into another enterprise: then this event stays the key's last record, so that
 * the pointer to the survivor outlives compaction.
 *
 * @param mergedInto the surviving enterprise's id when this one was merged into it as a
 * duplicate, else {@code null} (optional: added after the first records were written)
 * @param by who withdrew or merged it (a staff id), or {@code null} (optional)
 * @param note why, or {@code null} (optional)
 */
public record EnterpriseProfileWithdrawn(String eventId, Instant occurredAt, String enterpriseId, long version,
		@Nullable String mergedInto, @Nullable String by, @Nullable String note) implements EnterpriseProfileEvent {

	/** A plain withdrawal. */
	public EnterpriseProfileWithdrawn(String eventId, Instant occurredAt, String enterpriseId, long version) {
		this(eventId, occurredAt, enterpriseId, version, null, null, null);
	}

}
