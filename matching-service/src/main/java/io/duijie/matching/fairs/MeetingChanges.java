package io.duijie.matching.fairs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.duijie.contracts.Meeting;
import io.duijie.contracts.MeetingCancelled;
import io.duijie.contracts.MeetingEvent;
import io.duijie.contracts.MeetingMoved;
import io.duijie.contracts.MeetingScheduled;

/**
 * The meeting events that take participants from what they were last told to a new
 * schedule: {@code MeetingScheduled} for a meeting never announced (sequence 0) or
 * announced and then cancelled (its sequence + 1, which reinstates it in calendars),
 * {@code MeetingMoved} for a meeting whose time, end, table or venue changed (sequence +
 * 1), {@code MeetingCancelled} for an announced meeting that is no longer on the schedule
 * (sequence + 1); nothing for an unchanged one. Event ids are derived from the meeting,
 * its sequence and its content, so publishing the same change again (after a failure
 * half-way) repeats the same ids, which consumers deduplicate.
 */
final class MeetingChanges {

	private MeetingChanges() {
	}

	/**
	 * One change.
	 *
	 * @param event the event to publish
	 * @param told what participants are told once it is published
	 */
	record Change(MeetingEvent event, PublishedMeeting told) {
	}

	/**
	 * The changes between what was told and the meetings now on the schedule.
	 * @param told what participants were last told, by meeting id
	 * @param now the meetings of the new schedule (their sequence is ignored)
	 * @param cancelReason why a meeting is called off, by meeting id
	 * @param at when
	 * @return the changes, meetings first in the order given, then cancellations
	 */
	static List<Change> between(Map<String, PublishedMeeting> told, List<Meeting> now,
			Function<String, String> cancelReason, Instant at) {
		List<Change> changes = new ArrayList<>();
		Set<String> present = new HashSet<>();
		for (Meeting meeting : now) {
			present.add(meeting.meetingId());
			PublishedMeeting before = told.get(meeting.meetingId());
			if (before == null) {
				Meeting scheduled = withSequence(meeting, 0);
				changes.add(new Change(new MeetingScheduled(eventId("scheduled", scheduled), at, scheduled),
						new PublishedMeeting(scheduled, false)));
			}
			else if (before.cancelled()) {
				Meeting scheduled = withSequence(meeting, before.meeting().sequence() + 1);
				changes.add(new Change(new MeetingScheduled(eventId("scheduled", scheduled), at, scheduled),
						new PublishedMeeting(scheduled, false)));
			}
			else if (moved(before.meeting(), meeting)) {
				Meeting moved = withSequence(meeting, before.meeting().sequence() + 1);
				changes.add(new Change(new MeetingMoved(eventId("moved", moved), at, moved, before.meeting().start()),
						new PublishedMeeting(moved, false)));
			}
		}
		told.forEach((meetingId, before) -> {
			if (!before.cancelled() && !present.contains(meetingId)) {
				Meeting cancelled = withSequence(before.meeting(), before.meeting().sequence() + 1);
				changes.add(new Change(new MeetingCancelled(eventId("cancelled", cancelled), at, cancelled,
						cancelReason.apply(meetingId)), new PublishedMeeting(cancelled, true)));
			}
		});
		return changes;
	}

	/**
	 * The sequence a meeting of a schedule has once published, given what was told.
	 */
	static int sequence(Map<String, PublishedMeeting> told, Meeting meeting) {
		PublishedMeeting before = told.get(meeting.meetingId());
		if (before == null) {
			return 0;
		}
		return (before.cancelled() || moved(before.meeting(), meeting)) ? before.meeting().sequence() + 1
				: before.meeting().sequence();
	}

	static boolean moved(Meeting before, Meeting now) {
		return !before.start().equals(now.start()) || !before.end().equals(now.end())
				|| !Objects.equals(before.table(), now.table()) || !Objects.equals(before.venue(), now.venue());
	}

	static Meeting withSequence(Meeting m, int sequence) {
		return new Meeting(m.meetingId(), m.fairId(), m.fairName(), m.venue(), m.table(), m.start(), m.end(), sequence,
				m.participants(), m.matchId());
	}

	private static String eventId(String kind, Meeting m) {
		String seed = String.join("|", kind, m.fairId(), m.meetingId(), String.valueOf(m.sequence()),
				m.start().toString(), String.valueOf(m.table()), String.valueOf(m.venue()));
		return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
	}

}
