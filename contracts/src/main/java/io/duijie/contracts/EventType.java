package io.duijie.contracts;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event type on Duijie's topics: its CloudEvents {@code ce_type}, the record it
 * carries, the topic it travels on, and its JSON Schema on the classpath
 * ({@code /schemas/<type>.schema.json}). A consumer resolves the payload type from
 * {@code ce_type} through this closed list, never from a class name found in a header.
 */
public enum EventType {

	ENTERPRISE_PROFILE_SUBMITTED("io.duijie.enterprise.profile.submitted.v1", EnterpriseProfileSubmitted.class,
			Topics.ENTERPRISE_PROFILES),
	ENTERPRISE_PROFILE_WITHDRAWN("io.duijie.enterprise.profile.withdrawn.v1", EnterpriseProfileWithdrawn.class,
			Topics.ENTERPRISE_PROFILES),
	INVESTOR_PROFILE_SUBMITTED("io.duijie.investor.profile.submitted.v1", InvestorProfileSubmitted.class,
			Topics.INVESTOR_PROFILES),
	INVESTOR_PROFILE_WITHDRAWN("io.duijie.investor.profile.withdrawn.v1", InvestorProfileWithdrawn.class,
			Topics.INVESTOR_PROFILES),
	COUNTERPART_PROFILE_SUBMITTED("io.duijie.counterpart.profile.submitted.v1", CounterpartProfileSubmitted.class,
			Topics.COUNTERPART_PROFILES),
	COUNTERPART_PROFILE_WITHDRAWN("io.duijie.counterpart.profile.withdrawn.v1", CounterpartProfileWithdrawn.class,
			Topics.COUNTERPART_PROFILES),
	MATCH_PROPOSED("io.duijie.match.proposed.v1", MatchProposed.class, Topics.MATCHES),
	MATCH_RETRACTED("io.duijie.match.retracted.v1", MatchRetracted.class, Topics.MATCHES),
	MATCH_FEEDBACK_GIVEN("io.duijie.match.feedback.given.v1", MatchFeedbackGiven.class, Topics.MATCH_FEEDBACK),
	MATCH_ACCEPTED("io.duijie.match.accepted.v1", MatchAccepted.class, Topics.MATCH_ACCEPTANCES),
	MEETING_SCHEDULED("io.duijie.fair.meeting.scheduled.v1", MeetingScheduled.class, Topics.FAIR_MEETINGS),
	MEETING_MOVED("io.duijie.fair.meeting.moved.v1", MeetingMoved.class, Topics.FAIR_MEETINGS),
	MEETING_CANCELLED("io.duijie.fair.meeting.cancelled.v1", MeetingCancelled.class, Topics.FAIR_MEETINGS),
	MEETING_CHECKED_IN("io.duijie.fair.meeting.checked-in.v1", MeetingCheckedIn.class, Topics.FAIR_OUTCOMES),
	MEETING_OUTCOME_RECORDED("io.duijie.fair.meeting.outcome.recorded.v1", MeetingOutcomeRecorded.class,
			Topics.FAIR_OUTCOMES),
	FAIR_SCHEDULE_PUBLISHED("io.duijie.fair.schedule.published.v1", FairSchedulePublished.class, Topics.FAIR_OUTCOMES),
	NOTIFICATION_DELIVERED("io.duijie.notification.delivered.v1", NotificationDelivered.class,
			Topics.NOTIFICATION_DELIVERIES),
	LEAD_REGISTERED("io.duijie.lead.registered.v1", LeadRegistered.class, Topics.LEADS),
	LEAD_STAGE_CHANGED("io.duijie.lead.stage.changed.v1", LeadStageChanged.class, Topics.LEADS),
	LEAD_AMOUNT_RECORDED("io.duijie.lead.amount.recorded.v1", LeadAmountRecorded.class, Topics.LEADS),
	LEAD_HANDED_OVER("io.duijie.lead.handed.over.v1", LeadHandedOver.class, Topics.LEADS);

	private final String type;

	private final Class<? extends DuijieEvent> payloadType;

	private final String topic;

	EventType(String type, Class<? extends DuijieEvent> payloadType, String topic) {
		this.type = type;
		this.payloadType = payloadType;
		this.topic = topic;
	}

	/** The CloudEvents {@code type} attribute, versioned by its last segment. */
	public String type() {
		return this.type;
	}

	public Class<? extends DuijieEvent> payloadType() {
		return this.payloadType;
	}

	public String topic() {
		return this.topic;
	}

	/** Classpath location of this type's JSON Schema (draft 2020-12). */
	public String schemaResource() {
		return "/schemas/" + this.type + ".schema.json";
	}

	public static Optional<EventType> ofType(String ceType) {
		return Arrays.stream(values()).filter((t) -> t.type.equals(ceType)).findFirst();
	}

	public static EventType of(DuijieEvent event) {
		return Arrays.stream(values())
			.filter((t) -> t.payloadType == event.getClass())
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not a Duijie event: " + event.getClass()));
	}

}
