package io.duijie.matching;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.EventSchemas;
import io.duijie.contracts.EventType;
import io.duijie.contracts.FairOutcomeEvent;
import io.duijie.contracts.FairSchedulePublished;
import io.duijie.contracts.MatchAccepted;
import io.duijie.contracts.MeetingCheckedIn;
import io.duijie.contracts.MeetingCancelled;
import io.duijie.contracts.MeetingEvent;
import io.duijie.contracts.MeetingMoved;
import io.duijie.contracts.MeetingOutcomeRecorded;
import io.duijie.contracts.MeetingScheduled;
import io.duijie.contracts.PartnerType;
import io.duijie.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fairs API against a real broker and Redis: a fair is created, its participants and
 * requests registered, the scheduler run, the draft reviewed and published (meeting
 * events read back from {@code fair-meetings}, the funnel's events from
 * {@code fair-outcomes}), late changes re-solved and published as just their difference,
 * earlier versions brought back, meetings checked in; accepted matches become requests;
 * bad input is answered field by field in both languages and changes nothing.
 */
@MatchingServiceTest
class FairsIntegrationTests {

	@LocalServerPort
	int port;

	FairsApi api;

	@BeforeEach
	void api() {
		this.api = new FairsApi(this.port);
	}

	@Test
	void aFairIsScheduledReviewedPublishedResolvedAndRolledBack() {
		String u = TestProfiles.unique("f");
		String fairId = this.api.createFair(fair("示例·清远高新区产业对接会 " + u));
		JsonNode fair = this.api.getJson("/api/fairs/" + fairId);
		assertThat(fair.get("status").asString()).isEqualTo("OPEN");
		assertThat(fair.get("timeZone").asString()).isEqualTo("Asia/Shanghai");
		// 09:00-11:00, 20 minutes and 5 between: 09:00, 09:25, 09:50, 10:15, 10:40
		assertThat(FairsApi.list(fair.get("slots")).stream().map((s) -> s.get("start").asString()))
			.containsExactly("09:00", "09:25", "09:50", "10:15", "10:40");
		assertThat(FairsApi.list(this.api.getJson("/api/fairs")).stream().map((f) -> f.get("id").asString()))
			.contains(fairId);

		String host = this.api.register(fairId, participant("host-" + u, "HOST", "清远市投资促进局", ""));
		String e1 = this.api.register(fairId, participant("ent-1-" + u, "ENTERPRISE", "示例·佛山华信铝业有限公司",
				",\"demands\":\"希望了解厂房租金补贴政策\",\"email\":\"hx@example.com\",\"ownerStaffId\":\"staff-qy-01\""));
		String e2 = this.api.register(fairId, participant("ent-2-" + u, "ENTERPRISE", "示例·深圳机器人有限公司", ""));
		String e3 = this.api.register(fairId, participant("ent-3-" + u, "ENTERPRISE", "示例·东莞新材料有限公司",
				",\"availability\":[{\"start\":\"09:00\",\"end\":\"10:40\"}]"));
		String e4 = this.api.register(fairId, participant("ent-4-" + u, "ENTERPRISE", "示例·香港科技有限公司", ""));
		String investor = this.api.register(fairId,
				participant("inv-" + u, "INVESTOR", "示例·湾区产业基金", ",\"language\":\"en\""));
		assertThat(FairsApi.list(this.api.getJson("/api/fairs/" + fairId + "/participants")))
			.extracting((p) -> p.get("id").asString())
			.containsExactly(host, e1, e2, e3, e4, investor);

		String r1 = request(fairId, e1, host, "MUST", "").get("id").asString();
		JsonNode r2Like = request(fairId, e2, host, "LIKE", "");
		// the organisers raise the same pair to a must: the same request, a stance added
		JsonNode r2Must = this.api.request(fairId, "{\"from\":\"" + host + "\",\"to\":\"" + e2
				+ "\",\"strength\":\"MUST\",\"source\":\"ORGANISER\",\"note\":\"政策宣讲\"}");
		String r2 = r2Must.get("id").asString();
		assertThat(r2).isEqualTo(r2Like.get("id").asString());
		assertThat(r2Must.get("strength").asString()).isEqualTo("MUST");
		String r3 = request(fairId, e3, host, "LIKE", "").get("id").asString();
		String r4 = request(fairId, e4, investor, "LIKE", "").get("id").asString();
		String r5 = request(fairId, e1, investor, "LIKE", "").get("id").asString();
		String vetoed = request(fairId, e3, investor, "LIKE", "").get("id").asString();
		JsonNode veto = request(fairId, investor, e3, "NO_THANKS", "");
		assertThat(veto.get("id").asString()).isEqualTo(vetoed);
		assertThat(veto.get("strength").asString()).isEqualTo("NO_THANKS");
		assertThat(FairsApi.list(this.api.getJson("/api/fairs/" + fairId + "/requests"))).hasSize(6);

		// run: a draft with every request but the vetoed one
		JsonNode v1 = FairsApi.ok(this.api.post("/api/fairs/" + fairId + "/schedule", "{}", "en"), 201);
		assertThat(v1.get("version").asInt()).isEqualTo(1);
		assertThat(v1.get("status").asString()).isEqualTo("DRAFT");
		assertThat(v1.get("quality").get("requested").asInt()).isEqualTo(5);
		assertThat(meetingIds(v1)).containsExactlyInAnyOrder(r1, r2, r3, r4, r5).doesNotContain(vetoed);
		assertThat(meeting(v1, r4).get("tableName").asString()).isEqualTo("B-01");
		assertThat(meeting(v1, r2).get("note").asString()).isEqualTo("政策宣讲");

		// review: lock r1, refused moves, a move, an unscheduling
		JsonNode locked = FairsApi.ok(this.api.post(meetingPath(fairId, r1, "lock"), "{}", "en"), 200);
		assertThat(meeting(locked, r1).get("locked").asBoolean()).isTrue();
		JsonNode m1 = meeting(locked, r1);
		int s1 = m1.get("slot").asInt();
		String t1 = m1.get("tableId").asString();
		HttpResponse<String> tableTaken = move(fairId, r2, s1, t1, "en");
		assertThat(tableTaken.statusCode()).isEqualTo(409);
		assertThat(FairsApi.problem(tableTaken).get("type").asString())
			.isEqualTo("https://duijie.io/problems/meeting-move-refused");
		assertThat(FairsApi.problem(tableTaken).get("reason").asString()).isEqualTo("TABLE_TAKEN");
		String free = freeTable(locked, s1);
		HttpResponse<String> busy = move(fairId, r2, s1, free, "zh-CN");
		assertThat(busy.statusCode()).isEqualTo(409);
		assertThat(FairsApi.problem(busy).get("reason").asString()).isEqualTo("PARTICIPANT_BUSY");
		assertThat(FairsApi.problem(busy).get("participantId").asString()).isEqualTo(host);
		assertThat(FairsApi.problem(busy).get("title").asString()).isEqualTo("无法调整洽谈");
		assertThat(FairsApi.problem(busy).get("detail").asString()).startsWith("清远市投资促进局 在 ").endsWith(" 已有另一场洽谈");
		HttpResponse<String> language = move(fairId, r4, meeting(locked, r4).get("slot").asInt(), "t1", "en");
		assertThat(FairsApi.problem(language).get("reason").asString()).isEqualTo("LANGUAGE");
		assertThat(FairsApi.problem(language).get("detail").asString())
			.isEqualTo("Table A-01 offers no en for 示例·湾区产业基金");
		HttpResponse<String> unavailable = move(fairId, r3, 4, freeTable(locked, 4), "en");
		assertThat(FairsApi.problem(unavailable).get("reason").asString()).isEqualTo("UNAVAILABLE");
		assertThat(FairsApi.problem(unavailable).get("participantId").asString()).isEqualTo(e3);
		HttpResponse<String> badMove = this.api.post(meetingPath(fairId, r2, "move"), "{\"slot\":9,\"tableId\":\"t9\"}",
				"en");
		assertThat(badMove.statusCode()).isEqualTo(400);
		assertThat(FairsApi.errors(badMove)).containsExactly("slot: must be between 0 and 4",
				"tableId: is not a table of this fair");
		int s2 = freeSlot(locked, r2, Set.of(host, e2));
		String t2 = freeTable(locked, s2);
		JsonNode moved = FairsApi.ok(move(fairId, r2, s2, t2, "en"), 200);
		assertThat(meeting(moved, r2).get("slot").asInt()).isEqualTo(s2);
		assertThat(meeting(moved, r2).get("tableId").asString()).isEqualTo(t2);
		JsonNode unscheduled = FairsApi.ok(this.api.post(meetingPath(fairId, r5, "unschedule"), "{}", "en"), 200);
		assertThat(meetingIds(unscheduled)).doesNotContain(r5);
		assertThat(left(unscheduled, r5).get("cause").asString()).isEqualTo("ORGANISER");
		assertThat(left(unscheduled, r5).get("reason").asString()).isEqualTo("An organiser took it off the schedule");
		JsonNode zh = TestProfiles.JSON.readTree(this.api.get("/api/fairs/" + fairId + "/schedule", "zh-CN").body());
		assertThat(left(zh, r5).get("reason").asString()).isEqualTo("组织方已将其移出日程");
		assertThat(zh.get("version").asInt()).isEqualTo(1);

		// publish: one MeetingScheduled per meeting, sequence 0
		JsonNode first = FairsApi.ok(this.api.post("/api/fairs/" + fairId + "/schedule/publish", "{}", "en"), 200);
		assertThat(first.get("scheduled").asInt()).isEqualTo(4);
		assertThat(first.get("schedule").get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(first.get("schedule").get("inForce").asInt()).isEqualTo(1);
		List<MeetingEvent> published = events(fairId);
		assertThat(summary(published)).containsExactlyInAnyOrder("SCHEDULED " + r1 + " 0", "SCHEDULED " + r2 + " 0",
				"SCHEDULED " + r3 + " 0", "SCHEDULED " + r4 + " 0");
		JsonNode v1Published = first.get("schedule");
		for (MeetingEvent event : published) {
			JsonNode shown = meeting(v1Published, event.meeting().meetingId());
			assertThat(event.meeting().start()).isEqualTo(Instant.parse(shown.get("start").asString()));
			assertThat(event.meeting().table()).isEqualTo(shown.get("tableName").asString());
			assertThat(event.meeting().fairName()).isEqualTo("示例·清远高新区产业对接会 " + u);
			assertThat(event.meeting().venue()).isEqualTo("佛山岭南明珠体育馆");
		}
		MeetingEvent e1Host = published.stream().filter((e) -> e.meeting().meetingId().equals(r1)).findFirst().get();
		assertThat(e1Host.meeting().participants()).extracting((p) -> p.id() + " " + p.kind() + " " + p.ownerStaffId())
			.containsExactly(e1 + " ENTERPRISE staff-qy-01", host + " HOST null");
		// publishing again publishes nothing
		assertThat(FairsApi.ok(this.api.post("/api/fairs/" + fairId + "/schedule/publish", "{}", "en"), 200)
			.get("scheduled")
			.asInt()).isZero();
		assertThat(events(fairId)).hasSize(4);
		// the funnel's first step on fair-outcomes: 5 requests (the vetoed one is not),
		// 4 meetings; once, though published twice
		FairSchedulePublished v1Out = (FairSchedulePublished) outcomes(fairId).get(0);
		assertThat(v1Out.fairName()).isEqualTo("示例·清远高新区产业对接会 " + u);
		assertThat(v1Out.date()).isEqualTo(fair.get("date").asString());
		assertThat(schedules(fairId)).containsExactly("1 5 4");

		// late changes: a request withdrawn, a participant leaving, a new request
		assertThat(this.api.delete("/api/fairs/" + fairId + "/requests/" + r3, "en").statusCode()).isEqualTo(204);
		assertThat(this.api.delete("/api/fairs/" + fairId + "/participants/" + investor, "en").statusCode())
			.isEqualTo(204);
		assertThat(FairsApi.list(this.api.getJson("/api/fairs/" + fairId + "/requests")))
			.extracting((r) -> r.get("id").asString())
			.containsExactly(r1, r2);
		String r7 = request(fairId, e4, host, "MUST", "").get("id").asString();
		JsonNode v2 = FairsApi.ok(this.api.post("/api/fairs/" + fairId + "/schedule", "{}", "en"), 201);
		assertThat(v2.get("version").asInt()).isEqualTo(2);
		assertThat(v2.get("basedOn").asInt()).isEqualTo(1);
		assertThat(v2.get("inForce").asInt()).isEqualTo(1);
		// the locked meeting is kept exactly
		assertThat(meeting(v2, r1).get("slot").asInt()).isEqualTo(s1);
		assertThat(meeting(v2, r1).get("tableId").asString()).isEqualTo(t1);
		assertThat(meeting(v2, r1).get("locked").asBoolean()).isTrue();
		assertThat(meetingIds(v2)).contains(r1, r2, r7).doesNotContain(r3, r4);
		// r2 goes elsewhere than where it was published
		int s3 = freeSlot(v2, r2, Set.of(host, e2), s2);
		JsonNode v2Moved = FairsApi.ok(move(fairId, r2, s3, freeTable(v2, s3), "en"), 200);
		assertThat(v2Moved.get("version").asInt()).isEqualTo(2);
		assertThat(meeting(v2Moved, r2).get("sequence").asInt()).isEqualTo(1);
		JsonNode second = FairsApi.ok(this.api.post("/api/fairs/" + fairId + "/schedule/publish", "{}", "en"), 200);
		assertThat(second.get("scheduled").asInt()).isEqualTo(1);
		assertThat(second.get("moved").asInt()).isEqualTo(1);
		assertThat(second.get("cancelled").asInt()).isEqualTo(2);
		// r3 withdrawn, r4 and r5 gone with the investor: r1, r2 and r7 requested and met
		assertThat(schedules(fairId)).containsExactly("1 5 4", "2 3 3");
		List<MeetingEvent> all = events(fairId);
		List<MeetingEvent> difference = since(published, all);
		assertThat(summary(difference)).containsExactlyInAnyOrder("CANCELLED " + r3 + " 1", "CANCELLED " + r4 + " 1",
				"MOVED " + r2 + " 1", "SCHEDULED " + r7 + " 0");
		MeetingMoved r2Moved = (MeetingMoved) difference.stream()
			.filter((e) -> e instanceof MeetingMoved)
			.findFirst()
			.get();
		assertThat(r2Moved.previousStart()).isEqualTo(Instant.parse(meeting(v1Published, r2).get("start").asString()));
		MeetingCancelled r4Cancelled = (MeetingCancelled) difference.stream()
			.filter((e) -> e instanceof MeetingCancelled c && c.meeting().meetingId().equals(r4))
			.findFirst()
			.get();
		assertThat(r4Cancelled.reason()).isEqualTo("参会方已退出 / A participant left the fair");
		assertThat(r4Cancelled.meeting().participants()).extracting((p) -> p.id()).containsExactly(e4, investor);

		// check-in and outcome on the day: a no-show corrected to held, each on
		// fair-outcomes before it is stored
		FairsApi.ok(this.api.post(meetingPath(fairId, r1, "check-in"), "{\"status\":\"NO_SHOW\"}", "en"), 200);
		JsonNode held = FairsApi.ok(this.api.post(meetingPath(fairId, r1, "check-in"),
				"{\"status\":\"HELD\",\"by\":\"staff-qy-01\"}", "en"), 200);
		assertThat(held.get("checkIn").get("status").asString()).isEqualTo("HELD");
		FairsApi.ok(this.api.post(meetingPath(fairId, r1, "outcome"),
				"{\"intent\":\"HIGH\",\"nextStep\":\"两周内安排考察园区\",\"by\":\"staff-qy-01\"}", "en"), 200);
		JsonNode day = this.api.getJson("/api/fairs/" + fairId + "/schedule");
		assertThat(meeting(day, r1).get("checkIn").get("status").asString()).isEqualTo("HELD");
		assertThat(meeting(day, r1).get("outcome").get("intent").asString()).isEqualTo("HIGH");
		assertThat(meeting(day, r1).get("outcome").get("nextStep").asString()).isEqualTo("两周内安排考察园区");
		HttpResponse<String> notPublished = this.api.post(meetingPath(fairId, r3, "check-in"), "{\"status\":\"HELD\"}",
				"en");
		assertThat(notPublished.statusCode()).isEqualTo(409);
		assertThat(FairsApi.problem(notPublished).get("reason").asString()).isEqualTo("NOT_PUBLISHED");
		assertThat(this.api.post(meetingPath(fairId, "nope", "check-in"), "{\"status\":\"HELD\"}", "en").statusCode())
			.isEqualTo(404);
		HttpResponse<String> badCheckIn = this.api.post(meetingPath(fairId, r1, "check-in"), "{\"status\":\"LATE\"}",
				"zh-CN");
		assertThat(FairsApi.errors(badCheckIn)).containsExactly("status: 须为 HELD、NO_SHOW 之一");
		List<FairOutcomeEvent> day1 = outcomes(fairId);
		List<MeetingCheckedIn> checkIns = day1.stream()
			.filter(MeetingCheckedIn.class::isInstance)
			.map(MeetingCheckedIn.class::cast)
			.toList();
		assertThat(checkIns).extracting((c) -> c.meetingId() + " " + c.status() + " " + c.by())
			.containsExactly(r1 + " NO_SHOW null", r1 + " HELD staff-qy-01");
		assertThat(checkIns.get(0).eventId()).isNotEqualTo(checkIns.get(1).eventId());
		assertThat(checkIns.get(1).participants()).extracting((p) -> p.id() + " " + p.kind())
			.containsExactly(e1 + " ENTERPRISE", host + " HOST");
		assertThat(checkIns.get(1).fairName()).isEqualTo("示例·清远高新区产业对接会 " + u);
		assertThat(
				day1.stream().filter(MeetingOutcomeRecorded.class::isInstance).map(MeetingOutcomeRecorded.class::cast))
			.singleElement()
			.satisfies((o) -> {
				assertThat(o.meetingId()).isEqualTo(r1);
				assertThat(o.intent()).isEqualTo(MeetingOutcomeRecorded.Intent.HIGH);
				assertThat(o.nextStep()).isEqualTo("两周内安排考察园区");
				assertThat(o.by()).isEqualTo("staff-qy-01");
				assertThat(o.matchId()).isNull();
				assertThat(o.participants()).hasSize(2);
			});

		// rollback to version 1: r2 back where it was, r7 cancelled; r3 and r4 stay gone
		JsonNode back = FairsApi
			.ok(this.api.post("/api/fairs/" + fairId + "/schedule/rollback", "{\"version\":1}", "en"), 200);
		assertThat(back.get("schedule").get("version").asInt()).isEqualTo(3);
		assertThat(back.get("schedule").get("origin").asString()).isEqualTo("ROLLBACK");
		assertThat(back.get("schedule").get("basedOn").asInt()).isEqualTo(1);
		assertThat(meetingIds(back.get("schedule"))).containsExactlyInAnyOrder(r1, r2);
		List<MeetingEvent> afterRollback = events(fairId);
		assertThat(summary(since(all, afterRollback))).containsExactlyInAnyOrder("MOVED " + r2 + " 2",
				"CANCELLED " + r7 + " 1");
		// and forward again to version 2: r7 reinstated with a higher sequence
		JsonNode forward = FairsApi
			.ok(this.api.post("/api/fairs/" + fairId + "/schedule/rollback", "{\"version\":2}", "en"), 200);
		assertThat(forward.get("schedule").get("version").asInt()).isEqualTo(4);
		List<MeetingEvent> afterForward = events(fairId);
		assertThat(summary(since(afterRollback, afterForward))).containsExactlyInAnyOrder("MOVED " + r2 + " 3",
				"SCHEDULED " + r7 + " 2");
		assertThat(meeting(forward.get("schedule"), r7).get("sequence").asInt()).isEqualTo(2);
		HttpResponse<String> inForce = this.api.post("/api/fairs/" + fairId + "/schedule/rollback", "{\"version\":4}",
				"en");
		assertThat(inForce.statusCode()).isEqualTo(409);
		assertThat(FairsApi.problem(inForce).get("reason").asString()).isEqualTo("IN_FORCE");
		// each rollback is a publication of its own
		assertThat(schedules(fairId)).containsExactly("1 5 4", "2 3 3", "3 3 2", "4 3 3");
		assertThat(this.api.post("/api/fairs/" + fairId + "/schedule/rollback", "{\"version\":99}", "en").statusCode())
			.isEqualTo(404);

		// every version kept
		assertThat(FairsApi.list(this.api.getJson("/api/fairs/" + fairId + "/schedule/versions"))).extracting(
				(v) -> v.get("number").asInt() + " " + v.get("status").asString() + " " + v.get("origin").asString())
			.containsExactly("1 PUBLISHED RUN", "2 PUBLISHED RUN", "3 PUBLISHED ROLLBACK", "4 PUBLISHED ROLLBACK");
		assertThat(meeting(this.api.getJson("/api/fairs/" + fairId + "/schedule/versions/1"), r2).get("slot").asInt())
			.isEqualTo(s2);
	}

	@Test
	void aMatchBothSidesAcceptedBecomesAMustRequestInTheFairsBothAttend() {
		String u = TestProfiles.unique("m");
		String fairId = this.api.createFair(fair("示例·成果转化对接会 " + u));
		String enterprise = this.api.register(fairId, participant("ent-m-" + u, "ENTERPRISE", "示例·佛山华信铝业有限公司", ""));
		String park = this.api.register(fairId, participant("cp-m-" + u, "PARK", "清远高新区新材料产业园", ""));
		String matchId = enterprise + "~" + park;
		// a second pair whose match id falls in the same partition: once its request is
		// there, every record before it on that partition was handled
		String other = null;
		for (int i = 0; other == null; i++) {
			String candidate = "cp-m" + i + "-" + u;
			if (partition(enterprise + "~" + candidate) == partition(matchId)) {
				other = this.api.register(fairId, participant(candidate, "INSTITUTION", "示例·华南理工大学 " + i, ""));
			}
		}
		String otherMatchId = enterprise + "~" + other;
		MatchAccepted accepted = accepted(matchId, enterprise, park);
		TestProfiles.send(accepted);
		TestProfiles.send(accepted);
		TestProfiles.send(accepted(otherMatchId, enterprise, other));

		await().atMost(Duration.ofSeconds(30)).until(() -> byMatch(fairId, otherMatchId).size() == 1);
		List<JsonNode> requests = byMatch(fairId, matchId);
		assertThat(requests).hasSize(1);
		assertThat(requests.get(0).get("from").asString()).isEqualTo(enterprise);
		assertThat(requests.get(0).get("to").asString()).isEqualTo(park);
		assertThat(requests.get(0).get("strength").asString()).isEqualTo("MUST");
		assertThat(requests.get(0).get("source").asString()).isEqualTo("MATCH");

		// a fair the park joins after the acceptance gets the request as the park
		// registers
		String later = this.api.createFair(fair("示例·园区推介会 " + u));
		this.api.register(later, participant(enterprise, "ENTERPRISE", "示例·佛山华信铝业有限公司", ""));
		assertThat(byMatch(later, matchId)).isEmpty();
		this.api.register(later, participant(park, "PARK", "清远高新区新材料产业园", ""));
		assertThat(byMatch(later, matchId)).singleElement()
			.satisfies((r) -> assertThat(r.get("strength").asString()).isEqualTo("MUST"));
		// and a scheduled fair places it
		JsonNode schedule = FairsApi.ok(this.api.post("/api/fairs/" + later + "/schedule", "{}", "en"), 201);
		assertThat(FairsApi.list(schedule.get("meetings"))).singleElement()
			.satisfies((m) -> assertThat(m.get("matchId").asString()).isEqualTo(matchId));
		// published and met: its outcome carries the match, for the lead pipeline
		String meetingId = FairsApi.list(schedule.get("meetings")).get(0).get("meetingId").asString();
		FairsApi.ok(this.api.post("/api/fairs/" + later + "/schedule/publish", "{}", "en"), 200);
		FairsApi.ok(this.api.post(meetingPath(later, meetingId, "outcome"), "{\"intent\":\"MEDIUM\"}", "en"), 200);
		assertThat(outcomes(later)).extracting((e) -> e.getClass().getSimpleName() + " " + e.key())
			// two keys (the fair's, the meeting's): two partitions, no order between them
			.containsExactlyInAnyOrder("FairSchedulePublished " + later, "MeetingOutcomeRecorded " + meetingId);
		MeetingOutcomeRecorded outcome = outcomes(later).stream()
			.filter(MeetingOutcomeRecorded.class::isInstance)
			.map(MeetingOutcomeRecorded.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(outcome.matchId()).isEqualTo(matchId);
		assertThat(outcome.intent()).isEqualTo(MeetingOutcomeRecorded.Intent.MEDIUM);
		assertThat(outcome.nextStep()).isNull();
	}

	@Test
	void badInputIsAnsweredFieldByFieldInBothLanguagesAndChangesNothing() {
		HttpResponse<String> empty = this.api.post("/api/fairs", "{}", "en");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode en = FairsApi.problem(empty);
		assertThat(en.get("type").asString()).isEqualTo("https://duijie.io/problems/invalid-fair-input");
		assertThat(en.get("title").asString()).isEqualTo("Invalid fair");
		assertThat(en.get("detail").asString()).isEqualTo("The fair has 5 invalid fields");
		assertThat(FairsApi.errors(empty)).containsExactly("name: is required", "date: is required",
				"meetingMinutes: is required", "sessions: needs at least one session",
				"tables: needs at least one table");
		HttpResponse<String> emptyZh = this.api.post("/api/fairs", "{}", "zh-CN");
		assertThat(FairsApi.problem(emptyZh).get("title").asString()).isEqualTo("对接会信息无效");
		assertThat(FairsApi.problem(emptyZh).get("detail").asString()).isEqualTo("对接会信息有 5 处错误");
		assertThat(FairsApi.errors(emptyZh)).containsExactly("name: 必填", "date: 必填", "meetingMinutes: 必填",
				"sessions: 至少需要一个场次", "tables: 至少需要一张洽谈桌");
		String name = TestProfiles.unique("示例·无效对接会");
		HttpResponse<String> wrong = this.api.post("/api/fairs", "{\"name\":\"" + name
				+ "\",\"date\":\"2025-13-01\",\"timeZone\":\"Mars/Base\",\"sessions\":[{\"start\":\"9h\",\"end\":\"08:00\"}],"
				+ "\"meetingMinutes\":2,\"tables\":[{\"languages\":[\"EN!\"]}],\"groupRules\":[[\"Enterprise\",\"host\"]]}",
				"en");
		assertThat(FairsApi.errors(wrong)).containsExactly("date: must be a date as yyyy-MM-dd",
				"timeZone: is not a time zone (e.g. Asia/Shanghai)", "meetingMinutes: must be between 5 and 240",
				"sessions[0].start: must be a time as HH:mm",
				"tables[0].languages[0]: must be a language code (e.g. en, yue)",
				"groupRules[0][0]: must be a group name of lower-case letters, digits, - and _");
		assertThat(FairsApi.list(this.api.getJson("/api/fairs")))
			.noneMatch((f) -> f.get("name").asString().equals(name));

		String u = TestProfiles.unique("v");
		String fairId = this.api.createFair(
				fair("示例·政企对接会 " + u).replace("\"tables\"", "\"groupRules\":[[\"enterprise\",\"host\"]],\"tables\""));
		HttpResponse<String> participant = this.api.post("/api/fairs/" + fairId + "/participants",
				"{\"id\":\"a/b\",\"kind\":\"BANK\",\"email\":\"x\",\"maxMeetings\":0}", "en");
		assertThat(FairsApi.problem(participant).get("title").asString()).isEqualTo("Invalid participant");
		assertThat(FairsApi.errors(participant)).containsExactly("id: may only hold letters, digits and . _ : ~ -",
				"kind: must be one of ENTERPRISE, HOST, INSTITUTION, INVESTOR, PARK", "name: is required",
				"email: is not an e-mail address", "maxMeetings: must be between 1 and 1000");
		HttpResponse<String> demands = this.api.post("/api/fairs/" + fairId + "/participants",
				"{\"kind\":\"HOST\",\"name\":\"清远市工信局\",\"demands\":\"用地\"}", "zh-CN");
		assertThat(FairsApi.errors(demands)).containsExactly("demands: 只有企业可以提交诉求");
		assertThat(FairsApi.list(this.api.getJson("/api/fairs/" + fairId + "/participants"))).isEmpty();

		String enterprise = this.api.register(fairId, participant("ent-v-" + u, "ENTERPRISE", "示例·企业", ""));
		String investor = this.api.register(fairId, participant("inv-v-" + u, "INVESTOR", "示例·基金", ""));
		HttpResponse<String> same = this.api.post("/api/fairs/" + fairId + "/requests",
				"{\"from\":\"" + enterprise + "\",\"to\":\"" + enterprise + "\",\"matchId\":\"m1\"}", "en");
		assertThat(FairsApi.problem(same).get("title").asString()).isEqualTo("Invalid request");
		assertThat(FairsApi.errors(same)).containsExactly("to: must differ from from", "strength: is required",
				"matchId: must be <enterpriseId>~<partnerId>");
		HttpResponse<String> strangers = this.api.post("/api/fairs/" + fairId + "/requests",
				"{\"from\":\"nobody\",\"to\":\"" + investor + "\",\"strength\":\"MUST\"}", "zh-CN");
		assertThat(FairsApi.errors(strangers)).containsExactly("from: 不是本次对接会的参会方");
		HttpResponse<String> rules = this.api.post("/api/fairs/" + fairId + "/requests",
				"{\"from\":\"" + enterprise + "\",\"to\":\"" + investor + "\",\"strength\":\"MUST\"}", "en");
		assertThat(FairsApi.errors(rules)).containsExactly("to: the fair's rules do not let enterprise meet investor");
		assertThat(FairsApi.list(this.api.getJson("/api/fairs/" + fairId + "/requests"))).isEmpty();

		HttpResponse<String> noSchedule = this.api.get("/api/fairs/" + fairId + "/schedule", "en");
		assertThat(noSchedule.statusCode()).isEqualTo(404);
		assertThat(FairsApi.problem(noSchedule).get("title").asString()).isEqualTo("Schedule not found");
		HttpResponse<String> nothingToPublish = this.api.post("/api/fairs/" + fairId + "/schedule/publish", "{}", "en");
		assertThat(nothingToPublish.statusCode()).isEqualTo(409);
		assertThat(FairsApi.problem(nothingToPublish).get("reason").asString()).isEqualTo("NO_SCHEDULE");
		HttpResponse<String> missing = this.api.get("/api/fairs/fair-nope", "en");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(FairsApi.problem(missing).get("type").asString())
			.isEqualTo("https://duijie.io/problems/fair-not-found");
		assertThat(FairsApi.problem(missing).get("title").asString()).isEqualTo("Fair not found");
		assertThat(FairsApi.problem(missing).get("detail").asString()).isEqualTo("No fair fair-nope");
		HttpResponse<String> missingZh = this.api.get("/api/fairs/fair-nope", "zh-CN");
		assertThat(FairsApi.problem(missingZh).get("title").asString()).isEqualTo("对接会不存在");
		assertThat(FairsApi.problem(missingZh).get("detail").asString()).isEqualTo("没有对接会 fair-nope");
		assertThat(this.api.post("/api/fairs/fair-nope/schedule", "{}", "en").statusCode()).isEqualTo(404);
		// a closed fair takes no more changes
		FairsApi.ok(this.api.post("/api/fairs/" + fairId + "/close", "{}", "en"), 200);
		HttpResponse<String> closed = this.api.post("/api/fairs/" + fairId + "/participants",
				participant("ent-late-" + u, "ENTERPRISE", "示例·迟到企业", ""), "en");
		assertThat(closed.statusCode()).isEqualTo(409);
		assertThat(FairsApi.problem(closed).get("reason").asString()).isEqualTo("FAIR_CLOSED");
		assertThat(events(fairId)).isEmpty();
		assertThat(outcomes(fairId)).isEmpty();
		// the API is described
		assertThat(this.api.get("/v3/api-docs", "en").body()).contains("/api/fairs/{fairId}/schedule/publish",
				"/api/fairs/{fairId}/schedule/meetings/{meetingId}/move", "\"RequestForm\"", "\"Schedule\"");
	}

	private List<JsonNode> byMatch(String fairId, String matchId) {
		return FairsApi.list(this.api.getJson("/api/fairs/" + fairId + "/requests"))
			.stream()
			.filter((r) -> r.has("matchId") && matchId.equals(r.get("matchId").asString()))
			.toList();
	}

	private static MatchAccepted accepted(String matchId, String enterpriseId, String partnerId) {
		return new MatchAccepted(UUID.randomUUID().toString(), Instant.now(), matchId, enterpriseId, "示例·企业", partnerId,
				PartnerType.COUNTERPART, CounterpartKind.PARK_INDUSTRY, "新材料", "清远高新区", 0.8);
	}

	private static int partition(String key) {
		return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % 6;
	}

	private static String fair(String name) {
		LocalDate date = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30);
		return "{\"name\":\"" + name + "\",\"venue\":\"佛山岭南明珠体育馆\",\"date\":\"" + date
				+ "\",\"sessions\":[{\"name\":\"上午场\",\"start\":\"09:00\",\"end\":\"11:00\"}],"
				+ "\"meetingMinutes\":20,\"breakMinutes\":5,"
				+ "\"tables\":[{\"name\":\"A-01\"},{\"name\":\"A-02\"},{\"name\":\"B-01\",\"languages\":[\"en\"]}]}";
	}

	private static String participant(String id, String kind, String name, String more) {
		return "{\"id\":\"" + id + "\",\"kind\":\"" + kind + "\",\"name\":\"" + name + "\"" + more + "}";
	}

	private JsonNode request(String fairId, String from, String to, String strength, String more) {
		return this.api.request(fairId,
				"{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"strength\":\"" + strength + "\"" + more + "}");
	}

	private HttpResponse<String> move(String fairId, String meetingId, int slot, String tableId, String language) {
		return this.api.post(meetingPath(fairId, meetingId, "move"),
				"{\"slot\":" + slot + ",\"tableId\":\"" + tableId + "\"}", language);
	}

	private static String meetingPath(String fairId, String meetingId, String action) {
		return "/api/fairs/" + fairId + "/schedule/meetings/" + meetingId + "/" + action;
	}

	private static List<String> meetingIds(JsonNode schedule) {
		return FairsApi.list(schedule.get("meetings")).stream().map((m) -> m.get("meetingId").asString()).toList();
	}

	private static JsonNode meeting(JsonNode schedule, String meetingId) {
		return FairsApi.list(schedule.get("meetings"))
			.stream()
			.filter((m) -> m.get("meetingId").asString().equals(meetingId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No meeting " + meetingId + " in " + schedule));
	}

	private static JsonNode left(JsonNode schedule, String meetingId) {
		return FairsApi.list(schedule.get("unscheduled"))
			.stream()
			.filter((m) -> m.get("meetingId").asString().equals(meetingId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No unscheduled " + meetingId + " in " + schedule));
	}

	/**
	 * A table without a meeting in the slot (three tables, at most two meetings a slot
	 * here).
	 */
	private static String freeTable(JsonNode schedule, int slot) {
		Set<String> taken = new HashSet<>();
		FairsApi.list(schedule.get("meetings"))
			.stream()
			.filter((m) -> m.get("slot").asInt() == slot)
			.forEach((m) -> taken.add(m.get("tableId").asString()));
		return List.of("t1", "t2", "t3").stream().filter((t) -> !taken.contains(t)).findFirst().orElseThrow();
	}

	/**
	 * A slot other than the meeting's (and the excluded ones) where none of the people
	 * meets anyone.
	 */
	private static int freeSlot(JsonNode schedule, String meetingId, Set<String> people, int... excluded) {
		JsonNode current = meeting(schedule, meetingId);
		Set<Integer> busy = new HashSet<>();
		busy.add(current.get("slot").asInt());
		for (int e : excluded) {
			busy.add(e);
		}
		for (JsonNode m : FairsApi.list(schedule.get("meetings"))) {
			for (JsonNode p : FairsApi.list(m.get("participants"))) {
				if (people.contains(p.get("id").asString())) {
					busy.add(m.get("slot").asInt());
				}
			}
		}
		for (int s = 0; s < 5; s++) {
			if (!busy.contains(s)) {
				return s;
			}
		}
		throw new AssertionError("No free slot for " + meetingId);
	}

	/** The meeting events of one fair on {@code fair-meetings},, each schema-valid. */
	static List<MeetingEvent> events(String fairId) {
		List<MeetingEvent> events = new ArrayList<>();
		for (ConsumerRecord<String, byte[]> record : TestProfiles.readToEnd(Topics.FAIR_MEETINGS)) {
			String type = TestProfiles.ceType(record);
			if (TestProfiles.JSON.readTree(record.value()).get("meeting").get("fairId").asString().equals(fairId)) {
				EventSchemas.assertValid(type, record.value());
				MeetingEvent event = (MeetingEvent) TestProfiles.JSON.readValue(record.value(),
						EventType.ofType(type).orElseThrow().payloadType());
				assertThat(record.key()).isEqualTo(event.meeting().meetingId());
				events.add(event);
			}
		}
		return events;
	}

	/**
	 * The events of one fair on {@code fair-outcomes}, in order per key, each
	 * schema-valid and keyed as its contract says.
	 */
	static List<FairOutcomeEvent> outcomes(String fairId) {
		List<FairOutcomeEvent> events = new ArrayList<>();
		for (ConsumerRecord<String, byte[]> record : TestProfiles.readToEnd(Topics.FAIR_OUTCOMES)) {
			if (TestProfiles.JSON.readTree(record.value()).get("fairId").asString().equals(fairId)) {
				String type = TestProfiles.ceType(record);
				EventSchemas.assertValid(type, record.value());
				FairOutcomeEvent event = (FairOutcomeEvent) TestProfiles.JSON.readValue(record.value(),
						EventType.ofType(type).orElseThrow().payloadType());
				assertThat(record.key()).isEqualTo(event.key());
				events.add(event);
			}
		}
		return events;
	}

	/** {@code <version> <requested> <scheduled>} of each schedule published. */
	static List<String> schedules(String fairId) {
		return outcomes(fairId).stream()
			.filter(FairSchedulePublished.class::isInstance)
			.map(FairSchedulePublished.class::cast)
			.map((s) -> s.version() + " " + s.requested() + " " + s.scheduled())
			.toList();
	}

	static List<String> summary(List<MeetingEvent> events) {
		return events.stream().map((e) -> {
			String kind = (e instanceof MeetingScheduled) ? "SCHEDULED"
					: (e instanceof MeetingMoved) ? "MOVED" : "CANCELLED";
			return kind + " " + e.meeting().meetingId() + " " + e.meeting().sequence();
		}).toList();
	}

	/** The events of {@code now} not in {@code before}. */
	static List<MeetingEvent> since(List<MeetingEvent> before, List<MeetingEvent> now) {
		Set<String> seen = new HashSet<>();
		before.forEach((e) -> seen.add(e.eventId()));
		return now.stream().filter((e) -> !seen.contains(e.eventId())).toList();
	}

}
