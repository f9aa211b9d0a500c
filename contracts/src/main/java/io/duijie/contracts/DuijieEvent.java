package io.duijie.contracts;

import java.time.Instant;

/** What every Duijie event carries besides its own fields. */
public sealed interface DuijieEvent
		permits EnterpriseProfileEvent, InvestorProfileEvent, CounterpartProfileEvent, MatchEvent, MatchFeedbackGiven,
		MatchAccepted, MeetingEvent, FairOutcomeEvent, NotificationDelivered, LeadEvent {

	/** Unique per event; also the CloudEvents {@code id}. */
	String eventId();

	Instant occurredAt();

	/** The aggregate id, equal to the record key. */
	String key();

}
