package io.duijie.matching.fairs;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.duijie.contracts.Meeting;
import io.duijie.contracts.MeetingCancelled;
import io.duijie.contracts.MeetingMoved;
import io.duijie.contracts.MeetingParticipant;
import io.duijie.contracts.MeetingScheduled;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The events between what participants were told and a new schedule. */
class MeetingChangesTests {

	private static final Instant NINE = Instant.parse("2025-09-18T01:00:00Z");

	private static final Instant TEN = Instant.parse("2025-09-18T02:00:00Z");

	private static final Instant AT = Instant.parse("2025-09-01T00:00:00Z");

	@Test
	void newMeetingsAreScheduledAtSequenceZero() {
		List<MeetingChanges.Change> changes = MeetingChanges.between(Map.of(), List.of(meeting("m1", NINE, "A-01")),
				(id) -> "", AT);

		assertThat(changes).singleElement().satisfies((change) -> {
			assertThat(change.event()).isInstanceOf(MeetingScheduled.class);
			assertThat(change.event().meeting().sequence()).isZero();
			assertThat(change.told().cancelled()).isFalse();
		});
	}

	@Test
	void anUnchangedMeetingPublishesNothingAndKeepsItsSequence() {
		Map<String, PublishedMeeting> told = Map.of("m1", told(meeting("m1", NINE, "A-01"), 2, false));

		assertThat(MeetingChanges.between(told, List.of(meeting("m1", NINE, "A-01")), (id) -> "", AT)).isEmpty();
		assertThat(MeetingChanges.sequence(told, meeting("m1", NINE, "A-01"))).isEqualTo(2);
	}

	@Test
	void aNewTimeOrTableIsAMoveWithTheNextSequenceAndThePreviousStart() {
		Map<String, PublishedMeeting> told = new LinkedHashMap<>();
		told.put("m1", told(meeting("m1", NINE, "A-01"), 1, false));
		told.put("m2", told(meeting("m2", NINE, "A-02"), 0, false));

		List<MeetingChanges.Change> changes = MeetingChanges.between(told,
				List.of(meeting("m1", TEN, "A-01"), meeting("m2", NINE, "B-01")), (id) -> "", AT);

		assertThat(changes).hasSize(2).allSatisfy((c) -> assertThat(c.event()).isInstanceOf(MeetingMoved.class));
		MeetingMoved m1 = (MeetingMoved) changes.get(0).event();
		assertThat(m1.meeting().sequence()).isEqualTo(2);
		assertThat(m1.previousStart()).isEqualTo(NINE);
		assertThat(m1.meeting().start()).isEqualTo(TEN);
		assertThat(changes.get(1).event().meeting().sequence()).isEqualTo(1);
		assertThat(changes.get(1).event().meeting().table()).isEqualTo("B-01");
	}

	@Test
	void aMeetingNoLongerOnTheScheduleIsCancelledOnceWithTheNextSequence() {
		Map<String, PublishedMeeting> told = new LinkedHashMap<>();
		told.put("m1", told(meeting("m1", NINE, "A-01"), 0, false));
		told.put("m2", told(meeting("m2", NINE, "A-02"), 3, true));

		List<MeetingChanges.Change> changes = MeetingChanges.between(told, List.of(), (id) -> "参会方已退出", AT);

		assertThat(changes).singleElement().satisfies((change) -> {
			MeetingCancelled cancelled = (MeetingCancelled) change.event();
			assertThat(cancelled.meeting().meetingId()).isEqualTo("m1");
			assertThat(cancelled.meeting().sequence()).isEqualTo(1);
			assertThat(cancelled.reason()).isEqualTo("参会方已退出");
			assertThat(change.told().cancelled()).isTrue();
		});
	}

	@Test
	void aCancelledMeetingBroughtBackIsScheduledWithAHigherSequence() {
		Map<String, PublishedMeeting> told = Map.of("m1", told(meeting("m1", NINE, "A-01"), 1, true));

		List<MeetingChanges.Change> changes = MeetingChanges.between(told, List.of(meeting("m1", NINE, "A-01")),
				(id) -> "", AT);

		assertThat(changes).singleElement().satisfies((change) -> {
			assertThat(change.event()).isInstanceOf(MeetingScheduled.class);
			assertThat(change.event().meeting().sequence()).isEqualTo(2);
		});
	}

	@Test
	void theSameChangeGetsTheSameEventIdAndADifferentChangeAnother() {
		List<Meeting> now = List.of(meeting("m1", TEN, "A-01"));
		Map<String, PublishedMeeting> told = Map.of("m1", told(meeting("m1", NINE, "A-01"), 0, false));

		String first = MeetingChanges.between(told, now, (id) -> "", AT).get(0).event().eventId();
		String again = MeetingChanges.between(told, now, (id) -> "", AT.plusSeconds(60)).get(0).event().eventId();
		String elsewhere = MeetingChanges.between(told, List.of(meeting("m1", TEN, "A-02")), (id) -> "", AT)
			.get(0)
			.event()
			.eventId();

		assertThat(again).isEqualTo(first);
		assertThat(elsewhere).isNotEqualTo(first);
	}

	private static Meeting meeting(String id, Instant start, String table) {
		return new Meeting(id, "fair-1", "示例·对接会", "佛山", table, start, start.plusSeconds(1200), 0,
				List.of(new MeetingParticipant("ent-1", "ENTERPRISE", "示例·企业", null),
						new MeetingParticipant("host-1", "HOST", "清远市投资促进局", null)),
				null);
	}

	private static PublishedMeeting told(Meeting meeting, int sequence, boolean cancelled) {
		return new PublishedMeeting(MeetingChanges.withSequence(meeting, sequence), cancelled);
	}

}
