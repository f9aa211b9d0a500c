package io.duijie.contracts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A meeting was called off; {@code meeting} is its last state with a higher
 * {@code sequence}.
 *
 * @param reason why, in the organiser's words, or {@code null}
 */
public record MeetingCancelled(String eventId, Instant occurredAt, Meeting meeting,
		@Nullable String reason) implements MeetingEvent {
}
