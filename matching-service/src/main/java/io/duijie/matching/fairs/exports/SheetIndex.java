package io.duijie.matching.fairs.exports;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.duijie.matching.fairs.exports.FairSheet.Meeting;
import io.duijie.matching.fairs.exports.FairSheet.Participant;
import io.duijie.matching.fairs.exports.FairSheet.Slot;
import io.duijie.matching.fairs.exports.FairSheet.Table;

/**
 * A {@link FairSheet} looked up by id, the way every export reads it: meetings in slot
 * order (then table order), times on the fair's clock.
 */
final class SheetIndex {

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private final FairSheet sheet;

	private final Map<Integer, Slot> slots = new HashMap<>();

	private final Map<String, Table> tables = new LinkedHashMap<>();

	private final Map<String, Integer> tableOrder = new HashMap<>();

	private final Map<String, Participant> participants = new HashMap<>();

	private final List<Meeting> meetings;

	SheetIndex(FairSheet sheet) {
		this.sheet = sheet;
		sheet.slots().forEach((slot) -> this.slots.put(slot.index(), slot));
		sheet.tables().forEach((table) -> {
			this.tableOrder.put(table.id(), this.tables.size());
			this.tables.put(table.id(), table);
		});
		sheet.participants().forEach((participant) -> this.participants.put(participant.id(), participant));
		this.meetings = sheet.meetings()
			.stream()
			.sorted(Comparator.comparingInt(Meeting::slot)
				.thenComparingInt(
						(Meeting meeting) -> this.tableOrder.getOrDefault(meeting.tableId(), Integer.MAX_VALUE))
				.thenComparing(Meeting::meetingId))
			.toList();
	}

	FairSheet sheet() {
		return this.sheet;
	}

	Optional<Participant> participant(String id) {
		return Optional.ofNullable(this.participants.get(id));
	}

	Optional<Table> table(String id) {
		return Optional.ofNullable(this.tables.get(id));
	}

	/** The slot of a meeting; a sheet whose meetings name unknown slots is a bug. */
	Slot slot(int index) {
		Slot slot = this.slots.get(index);
		if (slot == null) {
			throw new IllegalStateException("Fair " + this.sheet.fairId() + " has no slot " + index);
		}
		return slot;
	}

	/** A table's name, or its id when the sheet does not list it. */
	String tableName(String tableId) {
		Table table = this.tables.get(tableId);
		return (table != null) ? table.name() : tableId;
	}

	/** A participant's name, or its id when the sheet does not list it. */
	String name(String participantId) {
		Participant participant = this.participants.get(participantId);
		return (participant != null) ? participant.name() : participantId;
	}

	/** All meetings, by slot, then table. */
	List<Meeting> meetings() {
		return this.meetings;
	}

	/** A participant's meetings, by slot. */
	List<Meeting> meetingsOf(String participantId) {
		return this.meetings.stream().filter((meeting) -> meeting.participantIds().contains(participantId)).toList();
	}

	/** A table's meetings by slot index. */
	Map<Integer, Meeting> meetingsAt(String tableId) {
		Map<Integer, Meeting> bySlot = new LinkedHashMap<>();
		this.meetings.stream()
			.filter((meeting) -> meeting.tableId().equals(tableId))
			.forEach((meeting) -> bySlot.put(meeting.slot(), meeting));
		return bySlot;
	}

	/** Everyone in a meeting but the given participant (the other side). */
	List<Participant> others(Meeting meeting, String participantId) {
		return meeting.participantIds()
			.stream()
			.filter((id) -> !id.equals(participantId))
			.map((id) -> this.participants.getOrDefault(id, new Participant(id, "", id, null)))
			.toList();
	}

	/** The meeting's sides, e.g. 华信精密 对 清远高新区管委会. */
	String sides(Meeting meeting, String between) {
		return String.join(between, meeting.participantIds().stream().map(this::name).toList());
	}

	/** A slot's time range on the fair's clock, e.g. 09:00–09:20. */
	String times(Slot slot) {
		return time(slot.start().atZone(this.sheet.zone()).toLocalTime()) + "–"
				+ time(slot.end().atZone(this.sheet.zone()).toLocalTime());
	}

	private static String time(LocalTime time) {
		return HH_MM.format(time);
	}

}
