package io.duijie.contracts;

import java.time.Instant;

/**
 * A meeting got a new time, venue or table; {@code meeting} is the new state with a
 * higher {@code sequence}.
 *
 * @param previousStart when it was to start before the move
 */
public record MeetingMoved(String eventId, Instant occurredAt, Meeting meeting,
		Instant previousStart) implements MeetingEvent {
}
