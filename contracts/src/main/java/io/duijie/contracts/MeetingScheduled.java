package io.duijie.contracts;

import java.time.Instant;

/** A meeting was put on a fair's schedule. */
public record MeetingScheduled(String eventId, Instant occurredAt, Meeting meeting) implements MeetingEvent {
}
