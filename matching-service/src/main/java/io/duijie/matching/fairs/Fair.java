package io.duijie.matching.fairs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.duijie.matching.fairs.solver.GroupPair;
import org.jspecify.annotations.Nullable;

/**
 * A matchmaking fair (对接会) as stored: its day, its sessions cut into slots of
 * {@code meetingMinutes} with {@code breakMinutes} between them, its tables and the
 * groups allowed to meet.
 *
 * @param id its id ({@code fair-…})
 * @param name its name, e.g. 2025 清远高新区（佛山）产业对接会
 * @param venue where, or {@code null}
 * @param date its day
 * @param timeZone the zone of its times (Asia/Shanghai by default)
 * @param sessions its sessions in time order, not overlapping
 * @param meetingMinutes the length of a meeting
 * @param breakMinutes the pause between two slots of a session
 * @param tables its tables
 * @param groupRules which participant groups may meet which; empty: everyone may meet
 * everyone
 * @param status OPEN (taking participants, requests and schedule changes) or CLOSED
 * @param createdAt when it was created
 */
record Fair(String id, String name, @Nullable String venue, LocalDate date, String timeZone, List<Session> sessions,
		int meetingMinutes, int breakMinutes, List<FairTable> tables, List<GroupRule> groupRules, Status status,
		Instant createdAt) {

	Fair {
		sessions = List.copyOf(sessions);
		tables = List.copyOf(tables);
		groupRules = List.copyOf(groupRules);
	}

	enum Status {

		OPEN, CLOSED

	}

	/**
	 * A session, e.g. 上午场 09:00–12:00.
	 *
	 * @param name its name
	 * @param start when it starts (local time of the fair)
	 * @param end when it ends
	 */
	record Session(String name, @JsonFormat(pattern = "HH:mm") LocalTime start,
			@JsonFormat(pattern = "HH:mm") LocalTime end) {
	}

	/**
	 * A table.
	 *
	 * @param id its id ({@code t1}, {@code t2}, …)
	 * @param name its name as printed, e.g. A-03
	 * @param languages the languages it offers beyond Mandarin (an interpreter)
	 */
	record FairTable(String id, String name, Set<String> languages) {

		FairTable {
			languages = Set.copyOf(languages);
		}

	}

	/**
	 * Two groups whose members may meet (in either order).
	 *
	 * @param first one group
	 * @param second the other (may equal the first)
	 */
	record GroupRule(String first, String second) {

		GroupPair pair() {
			return GroupPair.of(this.first, this.second);
		}

	}

	/**
	 * A time slot.
	 *
	 * @param index its number, from 0 in time order
	 * @param session the index of its session
	 * @param sessionName the session's name
	 * @param localStart when it starts, local time
	 * @param localEnd when it ends, local time
	 * @param start when it starts
	 * @param end when it ends
	 */
	record Slot(int index, int session, String sessionName, LocalTime localStart, LocalTime localEnd, Instant start,
			Instant end) {
	}

	ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

	boolean open() {
		return this.status == Status.OPEN;
	}

	/** The slots of every session, in time order. */
	List<Slot> slots() {
		return slots(this.date, zone(), this.sessions, this.meetingMinutes, this.breakMinutes);
	}

	static List<Slot> slots(LocalDate date, ZoneId zone, List<Session> sessions, int meetingMinutes, int breakMinutes) {
		List<Slot> slots = new ArrayList<>();
		for (int s = 0; s < sessions.size(); s++) {
			Session session = sessions.get(s);
			LocalTime start = session.start();
			while (meetingMinutes > 0 && !start.plusMinutes(meetingMinutes).isAfter(session.end())
					&& start.plusMinutes(meetingMinutes).isAfter(start)) {
				LocalTime end = start.plusMinutes(meetingMinutes);
				slots.add(new Slot(slots.size(), s, session.name(), start, end,
						date.atTime(start).atZone(zone).toInstant(), date.atTime(end).atZone(zone).toInstant()));
				LocalTime next = end.plusMinutes(breakMinutes);
				if (!next.isAfter(start)) {
					break;
				}
				start = next;
			}
		}
		return slots;
	}

	@Nullable FairTable table(String tableId) {
		return this.tables.stream().filter((t) -> t.id().equals(tableId)).findFirst().orElse(null);
	}

	boolean mayMeet(String groupA, String groupB) {
		return this.groupRules.isEmpty()
				|| this.groupRules.stream().anyMatch((rule) -> rule.pair().equals(GroupPair.of(groupA, groupB)));
	}

	Fair withStatus(Status status) {
		return new Fair(this.id, this.name, this.venue, this.date, this.timeZone, this.sessions, this.meetingMinutes,
				this.breakMinutes, this.tables, this.groupRules, status, this.createdAt);
	}

}
