package io.duijie.matching.fairs;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.duijie.contracts.Meeting;
import io.duijie.matching.fairs.exports.FairSheet;
import io.duijie.matching.fairs.exports.FairSheets;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The exports' view of the fair store: a schedule version with the fair's slots, tables
 * and participants. A draft's sequences are those it would be published with.
 */
@Component
class StoredFairSheets implements FairSheets {

	private final FairStore store;

	StoredFairSheets(FairStore store) {
		this.store = store;
	}

	@Override
	public Optional<FairSheet> sheet(String fairId, @Nullable Integer version) {
		Optional<Fair> fair = this.store.fair(fairId);
		if (fair.isEmpty()) {
			return Optional.empty();
		}
		Optional<ScheduleVersion> schedule = (version != null) ? this.store.version(fairId, version)
				: this.store.inForce(fairId).or(() -> this.store.latest(fairId));
		return schedule.map((v) -> sheet(fair.get(), v));
	}

	private FairSheet sheet(Fair fair, ScheduleVersion version) {
		Map<String, FairParticipant> participants = this.store.participants(fair.id());
		Map<String, MeetingRequest> requests = this.store.requests(fair.id());
		Map<String, PublishedMeeting> told = this.store.published(fair.id());
		List<FairSheet.Meeting> meetings = version.meetings().stream().map((booking) -> {
			MeetingRequest request = requests.get(booking.meetingId());
			int sequence = booking.sequence();
			List<String> sides;
			if (request != null) {
				sides = List.of(request.from(), request.to());
			}
			else {
				PublishedMeeting last = told.get(booking.meetingId());
				sides = (last != null) ? last.meeting().participants().stream().map((p) -> p.id()).toList() : List.of();
			}
			if (!version.published()) {
				Meeting meeting = Fairs.meeting(fair, participants, requests, booking, 0);
				sequence = MeetingChanges.sequence(told, meeting);
			}
			String topic = (request == null) ? null : (request.note() != null) ? request.note() : request.matchId();
			return new FairSheet.Meeting(booking.meetingId(), sequence, booking.slot(), booking.tableId(), sides, topic,
					booking.locked());
		}).toList();
		return new FairSheet(fair.id(), fair.name(), (fair.venue() != null) ? fair.venue() : "", fair.date(),
				fair.zone(), version.number(), version.published(),
				fair.slots()
					.stream()
					.map((s) -> new FairSheet.Slot(s.index(), s.sessionName(), s.start(), s.end()))
					.toList(),
				fair.tables().stream().map((t) -> new FairSheet.Table(t.id(), t.name(), t.languages())).toList(),
				participants.values()
					.stream()
					.map((p) -> new FairSheet.Participant(p.id(), p.kind().name(), p.name(), p.email()))
					.toList(),
				meetings);
	}

}
