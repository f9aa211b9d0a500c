package io.duijie.matching.fairs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.duijie.matching.fairs.ScheduleVersion.Booking;
import org.jspecify.annotations.Nullable;

/**
 * Whether one meeting may be placed on a slot and a table next to the other meetings of a
 * schedule: an organiser's move, a lock kept by a re-solve, a meeting brought back by a
 * rollback. Each refusal names the constraint, in Chinese and English.
 */
final class PlacementCheck {

	private final Fair fair;

	private final List<Fair.Slot> slots;

	private final Map<String, FairParticipant> participants;

	private final Map<String, MeetingRequest> requests;

	PlacementCheck(Fair fair, Map<String, FairParticipant> participants, Map<String, MeetingRequest> requests) {
		this.fair = fair;
		this.slots = fair.slots();
		this.participants = participants;
		this.requests = requests;
	}

	/**
	 * Why a placement is refused.
	 *
	 * @param reason REQUEST_INACTIVE, TABLE_TAKEN, PARTICIPANT_BUSY, UNAVAILABLE,
	 * LANGUAGE, RULE or CAPACITY
	 * @param participantId the participant it concerns, or the empty string
	 * @param zh the reason in Chinese
	 * @param en the reason in English
	 */
	record Refusal(String reason, String participantId, String zh, String en) {
	}

	List<Fair.Slot> slots() {
		return this.slots;
	}

	/**
	 * Whether the request is still a meeting to place: not withdrawn, not vetoed, both
	 * sides present.
	 */
	boolean active(String meetingId) {
		MeetingRequest request = this.requests.get(meetingId);
		return request != null && !request.vetoed() && this.participants.containsKey(request.from())
				&& this.participants.containsKey(request.to());
	}

	/** Why a request is no longer placeable: WITHDRAWN or PARTICIPANT_LEFT. */
	String inactiveCause(String meetingId) {
		MeetingRequest request = this.requests.get(meetingId);
		if (request == null || request.vetoed()) {
			return ScheduleVersion.Left.WITHDRAWN;
		}
		return ScheduleVersion.Left.PARTICIPANT_LEFT;
	}

	/**
	 * Checks a placement against the others.
	 * @param meetingId the meeting to place
	 * @param slot the slot (a valid index)
	 * @param tableId the table (one of the fair's)
	 * @param others the other meetings of the schedule (without this one)
	 * @param counting whether the meeting adds to its participants' meeting counts (it
	 * was not placed before)
	 * @return the refusal, empty when the placement is allowed
	 */
	Optional<Refusal> refusal(String meetingId, int slot, String tableId, List<Booking> others, boolean counting) {
		return refusal(meetingId, slot, tableId, occupancy(others), counting);
	}

	/**
	 * The meetings that may stay, each checked against those kept before it (in one pass:
	 * a rollback of 20,000 meetings stays linear).
	 * @param bookings the meetings, in the order they claim their places
	 * @return those kept; the others are left out
	 */
	List<Booking> placeable(List<Booking> bookings) {
		Occupancy occupancy = new Occupancy();
		List<Booking> kept = new ArrayList<>();
		for (Booking booking : bookings) {
			if (refusal(booking.meetingId(), booking.slot(), booking.tableId(), occupancy, true).isEmpty()) {
				kept.add(booking);
				occupancy.add(booking);
			}
		}
		return kept;
	}

	private Occupancy occupancy(List<Booking> bookings) {
		Occupancy occupancy = new Occupancy();
		bookings.forEach(occupancy::add);
		return occupancy;
	}

	/**
	 * Which tables and people are taken in which slot, and how many meetings each person
	 * has.
	 */
	private final class Occupancy {

		private final Map<Integer, Set<String>> tables = new HashMap<>();

		private final Map<Integer, Set<String>> people = new HashMap<>();

		private final Map<String, Integer> meetings = new HashMap<>();

		void add(Booking booking) {
			this.tables.computeIfAbsent(booking.slot(), (s) -> new HashSet<>()).add(booking.tableId());
			MeetingRequest request = PlacementCheck.this.requests.get(booking.meetingId());
			if (request != null) {
				for (String id : List.of(request.from(), request.to())) {
					this.people.computeIfAbsent(booking.slot(), (s) -> new HashSet<>()).add(id);
					this.meetings.merge(id, 1, Integer::sum);
				}
			}
		}

		boolean tableTaken(int slot, String tableId) {
			return this.tables.getOrDefault(slot, Set.of()).contains(tableId);
		}

		boolean busy(int slot, String participantId) {
			return this.people.getOrDefault(slot, Set.of()).contains(participantId);
		}

		int meetings(String participantId) {
			return this.meetings.getOrDefault(participantId, 0);
		}

	}

	private Optional<Refusal> refusal(String meetingId, int slot, String tableId, Occupancy occupancy,
			boolean counting) {
		if (!active(meetingId)) {
			return Optional.of(new Refusal("REQUEST_INACTIVE", "", "该洽谈需求已撤回、被婉拒或有参会方已退出",
					"The request was withdrawn or declined, or a participant left"));
		}
		MeetingRequest request = this.requests.get(meetingId);
		FairParticipant a = this.participants.get(request.from());
		FairParticipant b = this.participants.get(request.to());
		Fair.Slot at = this.slots.get(slot);
		Fair.FairTable table = this.fair.table(tableId);
		if (!this.fair.mayMeet(a.group(), b.group())) {
			return Optional.of(new Refusal("RULE", "", "对接规则不允许「" + a.group() + "」与「" + b.group() + "」会面",
					"The fair's rules do not let " + a.group() + " meet " + b.group()));
		}
		for (FairParticipant p : List.of(a, b)) {
			if (!p.available(at)) {
				return Optional
					.of(new Refusal("UNAVAILABLE", p.id(), p.name() + " 在 " + at.localStart() + " 不在场（可参会时段之外）",
							p.name() + " is not available at " + at.localStart()));
			}
			if (p.language() != null && (table == null || !table.languages().contains(p.language()))) {
				return Optional.of(new Refusal("LANGUAGE", p.id(),
						"洽谈桌 " + tableName(table, tableId) + " 不提供 " + p.name() + " 需要的语言（" + p.language() + "）",
						"Table " + tableName(table, tableId) + " offers no " + p.language() + " for " + p.name()));
			}
		}
		if (occupancy.tableTaken(slot, tableId)) {
			return Optional.of(new Refusal("TABLE_TAKEN", "",
					"洽谈桌 " + tableName(table, tableId) + " 在 " + at.localStart() + " 已有其他洽谈",
					"Table " + tableName(table, tableId) + " is taken at " + at.localStart()));
		}
		for (FairParticipant p : List.of(a, b)) {
			if (occupancy.busy(slot, p.id())) {
				return Optional
					.of(new Refusal("PARTICIPANT_BUSY", p.id(), p.name() + " 在 " + at.localStart() + " 已有另一场洽谈",
							p.name() + " already has a meeting at " + at.localStart()));
			}
		}
		if (counting) {
			for (FairParticipant p : List.of(a, b)) {
				int max = p.maxMeetings(this.slots.size());
				if (occupancy.meetings(p.id()) >= max) {
					return Optional.of(new Refusal("CAPACITY", p.id(), p.name() + " 的洽谈场次已满（最多 " + max + " 场）",
							p.name() + " has its maximum of " + max + " meetings"));
				}
			}
		}
		return Optional.empty();
	}

	private static String tableName(Fair.@Nullable FairTable table, String tableId) {
		return (table != null) ? table.name() : tableId;
	}

}
