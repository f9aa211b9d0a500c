package io.duijie.matching.fairs;

import java.time.Instant;
import java.time.LocalTime;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.jspecify.annotations.Nullable;

/**
 * A participant of a fair as stored. Its id is its Duijie id where it has one (the
 * enterprise, counterpart or investor id), so that matches both sides accepted find it.
 *
 * @param id its id
 * @param kind ENTERPRISE, HOST (a government department or park office receiving
 * enterprises), INSTITUTION, INVESTOR or PARK
 * @param group its group for the fair's rules (the kind in lower case unless given)
 * @param name its name
 * @param ownerStaffId the staff member (招商人员) who looks after it, or {@code null}
 * @param email where its invitations and agenda go, or {@code null}
 * @param availability the windows of the day it can attend; empty: the whole day
 * @param maxMeetings the most meetings it takes, or {@code null} for no limit
 * @param language a language it needs at the table beyond Mandarin, or {@code null}
 * @param demands an enterprise's requests (诉求) gathered before the fair for the
 * government hosts, or {@code null}
 * @param registeredAt when it was registered or last updated
 */
record FairParticipant(String id, Kind kind, String group, String name, @Nullable String ownerStaffId,
		@Nullable String email, List<Window> availability, @Nullable Integer maxMeetings, @Nullable String language,
		@Nullable String demands, Instant registeredAt) {

	FairParticipant {
		availability = List.copyOf(availability);
	}

	enum Kind {

		ENTERPRISE, HOST, INSTITUTION, INVESTOR, PARK;

		String defaultGroup() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * A window of the day.
	 *
	 * @param start from (local time of the fair)
	 * @param end until
	 */
	record Window(@JsonFormat(pattern = "HH:mm") LocalTime start, @JsonFormat(pattern = "HH:mm") LocalTime end) {
	}

	boolean available(Fair.Slot slot) {
		return this.availability.isEmpty() || this.availability.stream()
			.anyMatch((w) -> !slot.localStart().isBefore(w.start()) && !slot.localEnd().isAfter(w.end()));
	}

	BitSet availableSlots(List<Fair.Slot> slots) {
		BitSet bits = new BitSet(slots.size());
		for (Fair.Slot slot : slots) {
			if (available(slot)) {
				bits.set(slot.index());
			}
		}
		return bits;
	}

	int maxMeetings(int slots) {
		return (this.maxMeetings != null) ? Math.min(this.maxMeetings, slots) : slots;
	}

}
