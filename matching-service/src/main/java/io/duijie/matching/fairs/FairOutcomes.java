package io.duijie.matching.fairs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.duijie.contracts.FairSchedulePublished;
import io.duijie.contracts.Meeting;
import io.duijie.contracts.MeetingCheckedIn;
import io.duijie.contracts.MeetingOutcomeRecorded;
import org.jspecify.annotations.Nullable;

/**
 * The events on {@code fair-outcomes}: a schedule version published, a meeting checked
 * in, a meeting's outcome recorded. Event ids are derived from what the event records and
 * from the state it follows (the version number; the check-in or outcome it replaces), so
 * a request repeated after a failure between the broker's acknowledgement and the store
 * write repeats the same id, which consumers deduplicate, while a later correction of a
 * check-in or outcome gets an id of its own.
 */
final class FairOutcomes {

	private FairOutcomes() {
	}

	static FairSchedulePublished schedulePublished(Fair fair, int version, int requested, int scheduled, Instant at) {
		return new FairSchedulePublished(
				id("schedule-published", fair.id(), String.valueOf(version), String.valueOf(scheduled)), at, fair.id(),
				fair.name(), fair.date().toString(), version, requested, scheduled);
	}

	static MeetingCheckedIn checkedIn(Fair fair, Meeting meeting, Attendance before, Attendance.Presence presence,
			@Nullable String by, Instant at) {
		Attendance.CheckIn previous = before.checkIn();
		String id = id("checked-in", fair.id(), meeting.meetingId(), presence.name(), String.valueOf(by),
				(previous != null) ? previous.at().toString() : "-");
		return new MeetingCheckedIn(id, at, fair.id(), fair.name(), meeting.meetingId(), meeting.participants(),
				MeetingCheckedIn.Status.valueOf(presence.name()), by);
	}

	static MeetingOutcomeRecorded outcomeRecorded(Fair fair, Meeting meeting, Attendance before,
			Attendance.Intent intent, @Nullable String nextStep, @Nullable String by, Instant at) {
		Attendance.Outcome previous = before.outcome();
		String id = id("outcome-recorded", fair.id(), meeting.meetingId(), intent.name(), Objects.toString(nextStep),
				String.valueOf(by), (previous != null) ? previous.at().toString() : "-");
		return new MeetingOutcomeRecorded(id, at, fair.id(), fair.name(), meeting.meetingId(), meeting.participants(),
				meeting.matchId(), MeetingOutcomeRecorded.Intent.valueOf(intent.name()), nextStep, by);
	}

	private static String id(String... parts) {
		return UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(StandardCharsets.UTF_8)).toString();
	}

}
