package io.duijie.matching.fairs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.duijie.matching.fairs.solver.Report;
import org.jspecify.annotations.Nullable;

/**
 * One version of a fair's schedule. Versions are numbered from 1 and never deleted: a
 * run, a review of a published version and a rollback each add one; a draft is edited in
 * place until it is published. The version in force is the highest published one.
 *
 * @param number its number
 * @param status DRAFT or PUBLISHED
 * @param origin RUN (the scheduler), REVIEW (an organiser's change to a published
 * version) or ROLLBACK
 * @param basedOn the version it started from, or {@code null}
 * @param createdAt when it was made
 * @param publishedAt when it was published, or {@code null}
 * @param meetings the meetings placed
 * @param unscheduled the requests left out, with why
 * @param quality the scheduler's report of the run it came from, or {@code null}
 */
record ScheduleVersion(int number, Status status, Origin origin, @Nullable Integer basedOn, Instant createdAt,
		@Nullable Instant publishedAt, List<Booking> meetings, List<Left> unscheduled, @Nullable Quality quality) {

	ScheduleVersion {
		meetings = List.copyOf(meetings);
		unscheduled = List.copyOf(unscheduled);
	}

	enum Status {

		DRAFT, PUBLISHED

	}

	enum Origin {

		RUN, REVIEW, ROLLBACK

	}

	/**
	 * A meeting placed on a slot and a table.
	 *
	 * @param meetingId the meeting, which is also its request's id
	 * @param slot the slot's index
	 * @param tableId the table
	 * @param locked whether an organiser locked it (a re-solve keeps it exactly)
	 * @param sequence its iCalendar SEQUENCE once published (0 in a draft)
	 */
	record Booking(String meetingId, int slot, String tableId, boolean locked, int sequence) {

		Booking at(int slot, String tableId) {
			return new Booking(this.meetingId, slot, tableId, this.locked, this.sequence);
		}

		Booking locked(boolean locked) {
			return new Booking(this.meetingId, this.slot, this.tableId, locked, this.sequence);
		}

		Booking sequence(int sequence) {
			return new Booking(this.meetingId, this.slot, this.tableId, this.locked, sequence);
		}

	}

	/**
	 * A request left out.
	 *
	 * @param meetingId the request
	 * @param cause the scheduler's cause (UNKNOWN_PARTICIPANT, RULE, NO_COMMON_SLOT,
	 * NO_TABLE, CAPACITY, BUSY) or the fairs package's (ORGANISER, WITHDRAWN,
	 * PARTICIPANT_LEFT, CONFLICT)
	 * @param participantId the participant the cause concerns, or the empty string
	 * @param detail the scheduler's sentence in English, or the empty string
	 */
	record Left(String meetingId, String cause, String participantId, String detail) {

		static final String ORGANISER = "ORGANISER";

		static final String WITHDRAWN = "WITHDRAWN";

		static final String PARTICIPANT_LEFT = "PARTICIPANT_LEFT";

		static final String CONFLICT = "CONFLICT";

	}

	/**
	 * The scheduler's report (a copy of {@link Report}, so that stored versions do not
	 * depend on the scheduler's types).
	 */
	record Quality(int requested, int scheduled, long requestedWeight, long scheduledWeight, long upperBound,
			double gap, int fewestMeetings, int idleGaps, int moved, long firstMillis, long totalMillis) {

		static Quality of(Report report) {
			return new Quality(report.requested(), report.scheduled(), report.requestedWeight(),
					report.scheduledWeight(), report.upperBound(), report.gap(), report.fewestMeetings(),
					report.idleGaps(), report.moved(), report.firstMillis(), report.totalMillis());
		}

	}

	boolean published() {
		return this.status == Status.PUBLISHED;
	}

	Optional<Booking> meeting(String meetingId) {
		return this.meetings.stream().filter((b) -> b.meetingId().equals(meetingId)).findFirst();
	}

	Optional<Left> left(String meetingId) {
		return this.unscheduled.stream().filter((l) -> l.meetingId().equals(meetingId)).findFirst();
	}

	ScheduleVersion with(List<Booking> meetings, List<Left> unscheduled) {
		return new ScheduleVersion(this.number, this.status, this.origin, this.basedOn, this.createdAt,
				this.publishedAt, meetings, unscheduled, this.quality);
	}

	ScheduleVersion withBooking(String meetingId, UnaryOperator<Booking> change) {
		return with(this.meetings.stream().map((b) -> b.meetingId().equals(meetingId) ? change.apply(b) : b).toList(),
				this.unscheduled);
	}

	/** A new draft that starts from this version. */
	ScheduleVersion draft(int number, Origin origin, Instant now) {
		return new ScheduleVersion(number, Status.DRAFT, origin, this.number, now, null, this.meetings,
				this.unscheduled, this.quality);
	}

	ScheduleVersion published(Instant now, List<Booking> meetings, List<Left> unscheduled) {
		return new ScheduleVersion(this.number, Status.PUBLISHED, this.origin, this.basedOn, this.createdAt, now,
				meetings, unscheduled, this.quality);
	}

}
