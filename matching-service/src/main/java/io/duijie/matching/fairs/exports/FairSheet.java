package io.duijie.matching.fairs.exports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One version of a fair's schedule, everything the exports print.
 *
 * @param fairId the fair
 * @param fairName its name, e.g. 2025 清远高新区（佛山）产业对接会
 * @param venue where it takes place
 * @param date its day
 * @param zone its time zone (Asia/Shanghai for the parks)
 * @param version the schedule version
 * @param published whether this version is published (a draft is marked as such on every
 * export)
 * @param slots the time slots, in order
 * @param tables the tables
 * @param participants who takes part
 * @param meetings the meetings of this version
 */
public record FairSheet(String fairId, String fairName, String venue, LocalDate date, ZoneId zone, int version,
		boolean published, List<Slot> slots, List<Table> tables, List<Participant> participants,
		List<Meeting> meetings) {

	/**
	 * A time slot.
	 *
	 * @param index its number
	 * @param session the session's name, e.g. 上午场
	 * @param start when it starts
	 * @param end when it ends
	 */
	public record Slot(int index, String session, Instant start, Instant end) {
	}

	/**
	 * A table.
	 *
	 * @param id its id
	 * @param name its name as printed, e.g. A-03
	 * @param languages the languages it offers beyond Mandarin
	 */
	public record Table(String id, String name, Set<String> languages) {
	}

	/**
	 * A participant.
	 *
	 * @param id its id
	 * @param kind ENTERPRISE, HOST, INSTITUTION, INVESTOR or PARK
	 * @param name its name
	 * @param email where its agenda goes, or {@code null}
	 */
	public record Participant(String id, String kind, String name, @Nullable String email) {
	}

	/**
	 * A meeting.
	 *
	 * @param meetingId its id, stable across versions (the iCalendar UID is
	 * {@code <meetingId>@duijie.io}, as in notification-service's invitations)
	 * @param sequence its revision (the iCalendar SEQUENCE)
	 * @param slot the slot's index
	 * @param tableId the table's id
	 * @param participantIds the two participants
	 * @param topic what it is about (the request's note or the match it came from), or
	 * {@code null}
	 * @param locked whether an organiser locked it
	 */
	public record Meeting(String meetingId, int sequence, int slot, String tableId, List<String> participantIds,
			@Nullable String topic, boolean locked) {
	}

}
