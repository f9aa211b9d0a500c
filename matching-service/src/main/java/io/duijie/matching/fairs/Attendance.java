package io.duijie.matching.fairs;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What happened to a published meeting on the day: the check-in and the outcome, kept for
 * the lead pipeline.
 *
 * @param meetingId the meeting
 * @param checkIn whether it was held, or {@code null} until checked in
 * @param outcome its outcome, or {@code null} until recorded
 */
record Attendance(String meetingId, @Nullable CheckIn checkIn, @Nullable Outcome outcome) {

	/**
	 * @param status HELD or NO_SHOW
	 * @param by who recorded it, or {@code null}
	 * @param at when
	 */
	record CheckIn(Presence status, @Nullable String by, Instant at) {
	}

	/**
	 * @param intent the intent level the meeting ended on
	 * @param nextStep what was agreed next (e.g. 两周内安排考察园区), or {@code null}
	 * @param by who recorded it, or {@code null}
	 * @param at when
	 */
	record Outcome(Intent intent, @Nullable String nextStep, @Nullable String by, Instant at) {
	}

	enum Presence {

		HELD, NO_SHOW

	}

	/** 意向: strong (ready for a site visit or an agreement), some, weak, none. */
	enum Intent {

		HIGH, MEDIUM, LOW, NONE

	}

}
