package io.duijie.intake.leads;

import java.time.Instant;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One line of a lead's timeline: an event of the lead itself or of its enterprise (a
 * match, a decision on it, a fair meeting, its outcome).
 *
 * @param eventId the event's id (its {@code ce_id}): the same event is one entry
 * @param at when it happened
 * @param type the event's CloudEvents type, e.g. {@code io.duijie.match.proposed.v1}
 * @param topic the topic it came from
 * @param summaryZh one line in Chinese
 * @param summaryEn one line in English
 * @param details the event's identifying fields (match, meeting, fair, partner, stage,
 * amount…)
 */
@Schema(description = "One event in a lead's timeline")
public record TimelineEntry(String eventId, Instant at, String type, String topic, String summaryZh, String summaryEn,
		Map<String, Object> details) {
}
