package io.duijie.contracts;

import java.time.Instant;

/**
 * A version of a fair's schedule was published (or an earlier one brought back and
 * published again): the first step of the fair's funnel, requests to meetings.
 *
 * @param fairId the fair's id
 * @param fairName the fair's name
 * @param date the fair's day, an ISO date (e.g. 2025-06-20) in the fair's time zone
 * @param version the number of the version now in force, from 1
 * @param requested the meeting requests of the fair when it was published
 * @param scheduled the meetings of the published version
 */
public record FairSchedulePublished(String eventId, Instant occurredAt, String fairId, String fairName, String date,
		int version, int requested, int scheduled) implements FairOutcomeEvent {

	/** The fair id. */
	@Override
	public String key() {
		return this.fairId;
	}

}
