package io.duijie.contracts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A lead moved from one stage to another: forward one or more steps, back (with a reason
 * in {@code note}), or to {@link LeadStage#LOST} (with a reason in {@code note}).
 */
public record LeadStageChanged(String eventId, Instant occurredAt, String leadId, long version, String enterpriseId,
		LeadStage from, LeadStage to, String by, Instant at, @Nullable String note) implements LeadEvent {
}
