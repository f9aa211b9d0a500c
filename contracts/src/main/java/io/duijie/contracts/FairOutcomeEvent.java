package io.duijie.contracts;

/**
 * Events on {@link Topics#FAIR_OUTCOMES}: what a matchmaking fair (对接会) yielded, the
 * steps of its funnel: the schedule published (requests → meetings), each meeting checked
 * in on the day (held or not), and each meeting's outcome (intent, next step).
 */
public sealed interface FairOutcomeEvent extends DuijieEvent
		permits FairSchedulePublished, MeetingCheckedIn, MeetingOutcomeRecorded {

	/** The fair's id. */
	String fairId();

	/** The fair's name, e.g. 2025 清远高新区（佛山）产业对接会. */
	String fairName();

}
