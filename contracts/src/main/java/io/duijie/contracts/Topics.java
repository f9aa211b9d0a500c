package io.duijie.contracts;

import java.util.List;

/**
 * Kafka topic names. One writing service per topic; the record key is the aggregate id.
 * Every consumed topic has a dead-letter topic named {@code <topic>-dlt}.
 */
public final class Topics {

	/** Compacted; written by intake-service; key = enterpriseId. */
	public static final String ENTERPRISE_PROFILES = "enterprise-profiles";

	/** Compacted; written by intake-service; key = investorId. */
	public static final String INVESTOR_PROFILES = "investor-profiles";

	/** Compacted; written by intake-service; key = counterpartId. */
	public static final String COUNTERPART_PROFILES = "counterpart-profiles";

	/** Written by matching-service; key = matchId. */
	public static final String MATCHES = "matches";

	/**
	 * Compacted; written by matching-service; key = {@code <matchId>/<side>}: the latest
	 * decision of each side of a match.
	 */
	public static final String MATCH_FEEDBACK = "match-feedback";

	/**
	 * Written by matching-service; key = matchId: matches both sides accepted, the
	 * meeting candidates of matchmaking fairs.
	 */
	public static final String MATCH_ACCEPTANCES = "match-acceptances";

	/**
	 * Meetings of matchmaking fairs (对接会): scheduled, moved, cancelled; key = meetingId.
	 */
	public static final String FAIR_MEETINGS = "fair-meetings";

	/**
	 * What fairs yield, for the lead pipeline and analytics; written by matching-service;
	 * not compacted (every check-in and outcome counts, a later one correcting an earlier
	 * one); key = meetingId for {@link MeetingCheckedIn} and
	 * {@link MeetingOutcomeRecorded}, fairId for {@link FairSchedulePublished}.
	 */
	public static final String FAIR_OUTCOMES = "fair-outcomes";

	/** Written by notification-service; key = recipientId. */
	public static final String NOTIFICATION_DELIVERIES = "notification-deliveries";

	/**
	 * The 招商 pipeline: leads registered, moved between stages, amounts recorded, handed
	 * over; written by intake-service; key = leadId. Kept forever (not compacted: every
	 * event of a lead counts).
	 */
	public static final String LEADS = "leads";

	/** The three compacted profile topics. */
	public static final List<String> PROFILE_TOPICS = List.of(ENTERPRISE_PROFILES, INVESTOR_PROFILES,
			COUNTERPART_PROFILES);

	private Topics() {
	}

	/** The dead-letter topic of a consumed topic. */
	public static String deadLetter(String topic) {
		return topic + "-dlt";
	}

}
