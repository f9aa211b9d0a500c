package io.duijie.contracts;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A published meeting was checked in on the day (签到): held, or a no-show. A later
 * check-in of the same meeting corrects an earlier one (the latest wins).
 *
 * @param fairId the fair's id
 * @param fairName the fair's name
 * @param meetingId the meeting, as on {@link Topics#FAIR_MEETINGS}
 * @param participants who was to meet, at least two
 * @param status whether it was held
 * @param by who recorded it (a staff id), or {@code null}
 */
public record MeetingCheckedIn(String eventId, Instant occurredAt, String fairId, String fairName, String meetingId,
		List<MeetingParticipant> participants, Status status, @Nullable String by) implements FairOutcomeEvent {

	/** Held (已洽谈) or no-show (未到场). */
	public enum Status {

		HELD, NO_SHOW

	}

	/** The meeting id. */
	@Override
	public String key() {
		return this.meetingId;
	}

}
