package io.duijie.matching.fairs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.duijie.matching.fairs.FairParticipant.Kind;
import io.duijie.matching.fairs.MeetingRequest.Source;
import io.duijie.matching.fairs.MeetingRequest.Strength;
import io.duijie.matching.fairs.ScheduleVersion.Booking;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A fair's slots, its rules and whether one meeting may go somewhere. */
class PlacementCheckTests {

	private static final Instant NOW = Instant.parse("2025-09-01T00:00:00Z");

	private final Fair fair = new Fair("fair-1", "示例·对接会", null, LocalDate.of(2025, 9, 18), "Asia/Shanghai",
			List.of(new Fair.Session("上午场", LocalTime.of(9, 0), LocalTime.of(10, 0)),
					new Fair.Session("下午场", LocalTime.of(14, 0), LocalTime.of(14, 50))),
			20, 10, List.of(new Fair.FairTable("t1", "A-01", Set.of()), new Fair.FairTable("t2", "B-01", Set.of("en"))),
			List.of(new Fair.GroupRule("enterprise", "host"), new Fair.GroupRule("enterprise", "investor")),
			Fair.Status.OPEN, NOW);

	@Test
	void sessionsAreCutIntoSlotsOfTheMeetingLengthWithBreaks() {
		List<Fair.Slot> slots = this.fair.slots();

		assertThat(slots).extracting((s) -> s.session() + " " + s.localStart() + "-" + s.localEnd())
			.containsExactly("0 09:00-09:20", "0 09:30-09:50", "1 14:00-14:20", "1 14:30-14:50");
		assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2025-09-18T01:00:00Z"));
		assertThat(Fair.slots(LocalDate.of(2025, 9, 18), ZoneId.of("Asia/Shanghai"), this.fair.sessions(), 90, 0))
			.isEmpty();
	}

	@Test
	void groupRulesWorkInEitherOrder() {
		assertThat(this.fair.mayMeet("host", "enterprise")).isTrue();
		assertThat(this.fair.mayMeet("investor", "host")).isFalse();
	}

	@Test
	void eachConstraintRefusesWithItsReason() {
		Map<String, FairParticipant> people = new LinkedHashMap<>();
		people.put("e1", participant("e1", Kind.ENTERPRISE, List.of(), null, null));
		people.put("e2", participant("e2", Kind.ENTERPRISE,
				List.of(new FairParticipant.Window(LocalTime.of(9, 0), LocalTime.of(10, 0))), 1, null));
		people.put("h", participant("h", Kind.HOST, List.of(), null, null));
		people.put("i", participant("i", Kind.INVESTOR, List.of(), null, "en"));
		Map<String, MeetingRequest> requests = new LinkedHashMap<>();
		requests.put("r1", request("r1", "e1", "h", Strength.MUST));
		requests.put("r2", request("r2", "e2", "h", Strength.LIKE));
		requests.put("r3", request("r3", "e1", "i", Strength.LIKE));
		requests.put("r4", request("r4", "h", "i", Strength.LIKE));
		requests.put("r5", request("r5", "e2", "i", Strength.NO_THANKS));
		requests.put("r6", request("r6", "e2", "e1", Strength.LIKE));
		PlacementCheck check = new PlacementCheck(this.fair, people, requests);
		List<Booking> others = List.of(new Booking("r1", 0, "t1", true, 0));

		assertThat(check.refusal("r2", 0, "t1", others, true)).hasValueSatisfying(
				(r) -> assertThat(r.reason() + " " + r.en()).isEqualTo("TABLE_TAKEN Table A-01 is taken at 09:00"));
		assertThat(check.refusal("r2", 0, "t2", others, true)).hasValueSatisfying(
				(r) -> assertThat(r.reason() + " " + r.participantId()).isEqualTo("PARTICIPANT_BUSY h"));
		assertThat(check.refusal("r2", 2, "t1", others, true))
			.hasValueSatisfying((r) -> assertThat(r.reason() + " " + r.participantId()).isEqualTo("UNAVAILABLE e2"));
		assertThat(check.refusal("r3", 1, "t1", others, true))
			.hasValueSatisfying((r) -> assertThat(r.reason() + " " + r.participantId()).isEqualTo("LANGUAGE i"));
		assertThat(check.refusal("r4", 1, "t2", others, true))
			.hasValueSatisfying((r) -> assertThat(r.reason()).isEqualTo("RULE"));
		assertThat(check.refusal("r5", 1, "t2", others, true))
			.hasValueSatisfying((r) -> assertThat(r.reason()).isEqualTo("REQUEST_INACTIVE"));
		assertThat(check.refusal("r2", 1, "t1", List.of(new Booking("r6", 0, "t2", false, 0)), true))
			.hasValueSatisfying((r) -> assertThat(r.reason() + " " + r.participantId()).isEqualTo("CAPACITY e2"));
		assertThat(check.refusal("r2", 1, "t1", others, true)).isEmpty();
		assertThat(check.refusal("r3", 1, "t2", others, true)).isEmpty();
		// in one pass, each against those kept before it: r2 meets the host while r1 does
		assertThat(check.placeable(List.of(new Booking("r1", 0, "t1", true, 0), new Booking("r2", 0, "t2", false, 0),
				new Booking("r3", 1, "t2", false, 0), new Booking("r5", 1, "t1", false, 0))))
			.extracting(Booking::meetingId)
			.containsExactly("r1", "r3");
	}

	private static FairParticipant participant(String id, Kind kind, List<FairParticipant.Window> windows,
			Integer maxMeetings, String language) {
		return new FairParticipant(id, kind, kind.defaultGroup(), id.toUpperCase(), null, null, windows, maxMeetings,
				language, null, NOW);
	}

	private static MeetingRequest request(String id, String from, String to, Strength strength) {
		return new MeetingRequest(id, from, to, strength, Source.PARTICIPANT, null, null, Map.of(from, strength), NOW,
				NOW);
	}

}
