package io.duijie.intake;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import io.duijie.contracts.CloudEventHeaders;
import io.duijie.contracts.EventSchemas;
import io.duijie.contracts.EventType;
import io.duijie.contracts.MatchEvent;
import io.duijie.contracts.MatchFeedbackGiven;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchReason;
import io.duijie.contracts.Meeting;
import io.duijie.contracts.MeetingCheckedIn;
import io.duijie.contracts.MeetingMoved;
import io.duijie.contracts.MeetingOutcomeRecorded;
import io.duijie.contracts.MeetingParticipant;
import io.duijie.contracts.MeetingScheduled;
import io.duijie.contracts.PartnerType;
import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.Topics;
import io.duijie.testsupport.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 招商 pipeline end to end on the real broker and Redis: every stage, amounts,
 * hand-over, every refusal in both languages with nothing published, the events on
 * {@code leads} valid against their schemas, and the timeline gathered from other
 * services' topics.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LeadPipelineIntegrationTest {

	@LocalServerPort
	private int port;

	private Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void aLeadGoesThroughEveryStageWithAmountsAndAHandOverAndEveryChangeIsAnEventOnLeads() {
		String enterprise = Leads.enterprise(this.http);
		HttpResponse<String> created = this.http.post("/api/leads", Leads.register(enterprise, "新能源", "staff-qy-017"));
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode lead = Http.json(created);
		String id = lead.path("id").asString();
		assertThat(created.headers().firstValue("Location")).hasValue("/api/leads/" + id);
		assertThat(lead.path("stage").asString()).isEqualTo("LEAD");
		assertThat(lead.path("enterpriseName").asString()).isEqualTo("示例·深圳锂储能科技有限公司");
		assertThat(lead.at("/city/code").asString()).as("from the enterprise's region").isEqualTo("440300");
		assertThat(lead.path("registeredAt").asString()).isEqualTo("2025-06-01T01:00:00Z");

		for (String stage : List.of("CONTACTED", "NEGOTIATING")) {
			assertThat(Leads.ok(this.http.post("/api/leads/" + id + "/stage", Leads.stage(stage, null, "staff-qy-017")))
				.path("stage")
				.asString()).isEqualTo(stage);
		}
		JsonNode contracted = Leads.ok(this.http.post("/api/leads/" + id + "/amounts",
				"{\"contractedCny\": 500000000, \"note\": \"意向投资 5 亿元\", \"by\": \"staff-qy-017\"}"));
		assertThat(contracted.path("contractedCny").asLong()).isEqualTo(500_000_000L);
		Leads.ok(this.http.post("/api/leads/" + id + "/stage",
				"{\"stage\": \"SIGNED\", \"note\": \"签订投资协议\", \"by\": \"staff-qy-017\", \"at\": \"2025-07-01T10:00:00+08:00\"}"));
		Leads.ok(this.http.post("/api/leads/" + id + "/amounts",
				"{\"contractedCny\": 520000000, \"note\": \"正式协议\", \"by\": \"staff-qy-017\"}"));
		Leads.ok(this.http.post("/api/leads/" + id + "/amounts",
				"{\"arrivedCny\": 100000000, \"note\": \"首期到资\", \"by\": \"staff-qy-017\"}"));
		Leads.ok(this.http.post("/api/leads/" + id + "/stage", Leads.stage("STARTED", null, "staff-qy-017")));
		Leads.ok(this.http.post("/api/leads/" + id + "/amounts",
				"{\"arrivedCny\": 50000000, \"by\": \"staff-qy-017\"}"));
		JsonNode handedOver = Leads.ok(this.http.post("/api/leads/" + id + "/handover",
				"{\"to\": \"staff-qy-022\", \"note\": \"原跟进人调岗\", \"by\": \"staff-qy-003\"}"));
		assertThat(handedOver.path("owner").asString()).isEqualTo("staff-qy-022");
		JsonNode producing = Leads
			.ok(this.http.post("/api/leads/" + id + "/stage", Leads.stage("PRODUCING", null, "staff-qy-022")));

		assertThat(producing.path("version").asLong()).isEqualTo(11);
		assertThat(producing.path("stage").asString()).isEqualTo("PRODUCING");
		assertThat(producing.path("furthest").asString()).isEqualTo("PRODUCING");
		assertThat(producing.path("contractedCny").asLong()).as("the later contracted amount replaces the first")
			.isEqualTo(520_000_000L);
		assertThat(producing.path("arrivedCny").asLong()).isEqualTo(150_000_000L);
		assertThat(producing.path("arrivals").valueStream().map((a) -> a.path("amountCny").asLong()))
			.containsExactly(100_000_000L, 50_000_000L);
		assertThat(producing.path("history")).hasSize(11);
		assertThat(Http.json(this.http.get("/api/leads/" + id))).isEqualTo(producing);

		List<ConsumerRecord<String, byte[]>> records = Leads
			.forKey(KafkaProbe.awaitRecords(Topics.LEADS, (seen) -> Leads.forKey(seen, id).size() >= 11), id);
		assertThat(records).hasSize(11);
		assertThat(records).extracting((r) -> Http.json(r.value()).path("version").asLong())
			.containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
		assertThat(records).extracting((r) -> KafkaProbe.header(r, CloudEventHeaders.TYPE))
			.containsExactly(EventType.LEAD_REGISTERED.type(), stageChanged(), stageChanged(), amount(), stageChanged(),
					amount(), amount(), stageChanged(), amount(), EventType.LEAD_HANDED_OVER.type(), stageChanged());
		for (ConsumerRecord<String, byte[]> record : records) {
			EventSchemas.assertValid(KafkaProbe.header(record, CloudEventHeaders.TYPE), record.value());
			JsonNode event = Http.json(record.value());
			assertThat(KafkaProbe.header(record, CloudEventHeaders.ID)).isEqualTo(event.path("eventId").asString());
			assertThat(KafkaProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
			assertThat(event.path("enterpriseId").asString()).isEqualTo(enterprise);
		}
		JsonNode signed = Http.json(records.get(4).value());
		assertThat(signed.path("from").asString()).isEqualTo("NEGOTIATING");
		assertThat(signed.path("to").asString()).isEqualTo("SIGNED");
		assertThat(signed.path("at").asString()).isEqualTo("2025-07-01T02:00:00Z");
		assertThat(signed.path("note").asString()).isEqualTo("签订投资协议");
		assertThat(this.http.get("/actuator/prometheus").body()).contains("duijie_intake_lead_events_total{",
				"type=\"stage_changed\"", "to=\"PRODUCING\"", "type=\"amount_recorded\"");
		JsonNode handOver = Http.json(records.get(9).value());
		assertThat(handOver.path("from").asString()).isEqualTo("staff-qy-017");
		assertThat(handOver.path("by").asString()).isEqualTo("staff-qy-003");
	}

	@Test
	void forwardSkipsStepsBackAndLostNeedAReasonAndALostLeadCanBeReopened() {
		String id = Leads
			.ok(this.http.post("/api/leads", Leads.register(Leads.enterprise(this.http), "新材料", "staff-qy-031")))
			.path("id")
			.asString();
		JsonNode skipped = Leads
			.ok(this.http.post("/api/leads/" + id + "/stage", Leads.stage("NEGOTIATING", null, "staff-qy-031")));
		assertThat(skipped.path("stage").asString()).isEqualTo("NEGOTIATING");
		JsonNode back = Leads
			.ok(this.http.post("/api/leads/" + id + "/stage", Leads.stage("CONTACTED", "对方更换对接人", "staff-qy-031")));
		assertThat(back.path("stage").asString()).isEqualTo("CONTACTED");
		assertThat(back.path("furthest").asString()).isEqualTo("NEGOTIATING");
		JsonNode lost = Leads
			.ok(this.http.post("/api/leads/" + id + "/stage", Leads.stage("LOST", "选择在东莞扩产", "staff-qy-031")));
		assertThat(lost.path("stage").asString()).isEqualTo("LOST");
		assertThat(lost.path("lostFrom").asString()).isEqualTo("CONTACTED");
		JsonNode reopened = Leads.ok(this.http.post("/api/leads/" + id + "/stage",
				Leads.stage("NEGOTIATING", "东莞项目搁置，重新洽谈", "staff-qy-031")));
		assertThat(reopened.path("stage").asString()).isEqualTo("NEGOTIATING");
		assertThat(reopened.path("lostFrom").isNull()).isTrue();
	}

	@Test
	void refusalsListEveryFieldInEnglishOrChineseAndPublishNothing() {
		String enterprise = Leads.enterprise(this.http);
		String id = Leads.ok(this.http.post("/api/leads", Leads.register(enterprise, "新能源", "staff-qy-040")))
			.path("id")
			.asString();
		String stage = "/api/leads/" + id + "/stage";
		String amounts = "/api/leads/" + id + "/amounts";

		HttpResponse<String> same = Leads.post(this.http, stage, Leads.stage("LEAD", null, "staff-qy-040"), "en");
		assertThat(same.statusCode()).isEqualTo(400);
		assertThat(same.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(Http.json(same).path("type").asString()).isEqualTo("https://duijie.io/problems/invalid-lead");
		assertThat(Http.json(same).path("title").asString()).isEqualTo("Invalid lead");
		assertThat(Leads.errors(same)).containsExactly("stage stage.same");

		HttpResponse<String> unknown = Leads.post(this.http, stage, "{\"stage\": \"WON\", \"at\": \"yesterday\"}",
				"zh-CN");
		assertThat(Http.json(unknown).path("title").asString()).isEqualTo("线索数据无效");
		assertThat(Http.json(unknown).path("detail").asString()).isEqualTo("请求中有 3 个字段无效，详见 errors。");
		assertThat(Leads.errors(unknown)).containsExactlyInAnyOrder("by required", "stage oneOf", "at at.invalid");
		assertThat(Leads.message(unknown, "stage"))
			.isEqualTo("必须是以下之一：LEAD, CONTACTED, NEGOTIATING, SIGNED, STARTED, PRODUCING, LOST");
		assertThat(Leads.message(unknown, "by")).isEqualTo("必填");

		HttpResponse<String> lost = Leads.post(this.http, stage, Leads.stage("LOST", null, "staff-qy-040"), "en");
		assertThat(Leads.errors(lost)).containsExactly("note stage.lostNeedsReason");
		assertThat(Leads.message(lost, "note")).isEqualTo("a lost lead needs the reason in note");
		HttpResponse<String> lostZh = Leads.post(this.http, stage, Leads.stage("LOST", null, "staff-qy-040"), "zh");
		assertThat(Leads.message(lostZh, "note")).isEqualTo("标记流失须在 note 中说明原因");

		HttpResponse<String> future = Leads.post(this.http, stage,
				"{\"stage\": \"CONTACTED\", \"by\": \"staff-qy-040\", \"at\": \"2099-01-01T00:00:00Z\"}", "en");
		assertThat(Leads.errors(future)).containsExactly("at at.future");

		HttpResponse<String> arrivedEarly = Leads.post(this.http, amounts,
				"{\"arrivedCny\": 1000000, \"by\": \"staff-qy-040\"}", "zh-CN");
		assertThat(Leads.errors(arrivedEarly)).containsExactly("arrivedCny amount.arrivedBeforeSigning");
		assertThat(Leads.message(arrivedEarly, "arrivedCny")).isEqualTo("线索须处于签约或之后的阶段才能登记到资，当前为LEAD");
		HttpResponse<String> contractedEarly = Leads.post(this.http, amounts,
				"{\"contractedCny\": 1000000, \"by\": \"staff-qy-040\"}", "en");
		assertThat(Leads.errors(contractedEarly)).containsExactly("contractedCny amount.contractedTooEarly");
		HttpResponse<String> both = Leads.post(this.http, amounts,
				"{\"contractedCny\": 1, \"arrivedCny\": 1, \"by\": \"staff-qy-040\"}", "en");
		assertThat(Leads.errors(both)).containsExactly("contractedCny amount.exactlyOne",
				"arrivedCny amount.exactlyOne");
		HttpResponse<String> negative = Leads.post(this.http, amounts, "{\"arrivedCny\": -5}", "en");
		assertThat(Leads.errors(negative)).containsExactlyInAnyOrder("by required", "arrivedCny amount.positive");
		assertThat(Leads.message(negative, "arrivedCny")).isEqualTo("must be more than 0 (whole yuan)");

		HttpResponse<String> sameOwner = Leads.post(this.http, "/api/leads/" + id + "/handover",
				"{\"to\": \"staff-qy-040\", \"by\": \"staff-qy-001\"}", "en");
		assertThat(Leads.errors(sameOwner)).containsExactly("to handover.sameOwner");
		HttpResponse<String> noOne = Leads.post(this.http, "/api/leads/" + id + "/handover", "{}", "zh");
		assertThat(Leads.errors(noOne)).containsExactlyInAnyOrder("to required", "by required");

		HttpResponse<String> unknownProperty = Leads.post(this.http, stage,
				"{\"stage\": \"CONTACTED\", \"by\": \"staff-qy-040\", \"owner\": \"x\"}", "en");
		assertThat(unknownProperty.statusCode()).isEqualTo(400);
		assertThat(Leads.errors(unknownProperty)).containsExactly("owner json.unknownProperty");

		HttpResponse<String> invalidLead = Leads.post(this.http, "/api/leads", """
				{"enterpriseId": "no-such-enterprise", "city": "Atlantis", "source": "FAIR",
				 "matchId": "m-1", "note": "%s", "at": "2099-01-01T00:00:00Z"}
				""".formatted("很".repeat(1001)), "en");
		assertThat(Leads.errors(invalidLead)).containsExactlyInAnyOrder("by required", "note tooLong",
				"fairId fairId.required", "matchId matchId.invalid", "city region.unknown",
				"enterpriseId enterpriseId.unknown", "at at.future");
		assertThat(Leads.message(invalidLead, "note")).isEqualTo("must be at most 1000 characters");
		HttpResponse<String> otherMatch = Leads.post(this.http, "/api/leads", """
				{"enterpriseId": "%s", "source": "MATCH", "matchId": "other~cp-1", "by": "staff-qy-040"}
				""".formatted(enterprise), "zh");
		assertThat(Leads.errors(otherMatch)).containsExactly("matchId matchId.otherEnterprise");
		assertThat(Leads.message(otherMatch, "matchId")).isEqualTo("是其他企业的匹配");

		HttpResponse<String> missing = Leads.post(this.http, "/api/leads/lead-missing/stage",
				Leads.stage("CONTACTED", null, "staff-qy-040"), "zh-CN");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(Http.json(missing).path("type").asString()).isEqualTo("https://duijie.io/problems/lead-not-found");
		assertThat(Http.json(missing).path("title").asString()).isEqualTo("未找到线索");
		assertThat(this.http.get("/api/leads/lead-missing/timeline").statusCode()).isEqualTo(404);

		// a valid move after all the refusals is version 2: nothing else was published
		JsonNode moved = Leads.ok(this.http.post(stage, Leads.stage("CONTACTED", null, "staff-qy-040")));
		assertThat(moved.path("version").asLong()).isEqualTo(2);
		List<ConsumerRecord<String, byte[]>> records = Leads
			.forKey(KafkaProbe.awaitRecords(Topics.LEADS, (seen) -> Leads.forKey(seen, id).size() >= 2), id);
		assertThat(records).extracting((r) -> Http.json(r.value()).path("version").asLong()).containsExactly(1L, 2L);
		assertThat(KafkaProbe.awaitRecords(Topics.LEADS, (seen) -> true)
			.stream()
			.filter((r) -> Http.json(r.value()).path("enterpriseId").asString().equals("no-such-enterprise")))
			.isEmpty();
	}

	@Test
	void listsLeadsByStageOwnerClusterAndCity() {
		String cluster = "电子信息-" + TestProfiles.unique();
		String owner = "staff-list-" + TestProfiles.unique();
		String first = Leads
			.ok(this.http.post("/api/leads", Leads.register(Leads.enterprise(this.http), cluster, owner)))
			.path("id")
			.asString();
		String second = Leads
			.ok(this.http.post("/api/leads", Leads.register(Leads.enterprise(this.http), cluster, owner)))
			.path("id")
			.asString();
		Leads.ok(this.http.post("/api/leads/" + second + "/stage", Leads.stage("CONTACTED", null, owner)));

		assertThat(ids(this.http.get("/api/leads?cluster=" + encode(cluster)))).containsExactly(second, first);
		assertThat(ids(this.http.get("/api/leads?cluster=" + encode(cluster) + "&stage=LEAD"))).containsExactly(first);
		assertThat(ids(this.http.get("/api/leads?owner=" + owner + "&stage=CONTACTED"))).containsExactly(second);
		assertThat(ids(this.http.get("/api/leads?owner=" + owner + "&city=440300"))).containsExactly(second, first);
		assertThat(ids(this.http.get("/api/leads?owner=" + owner + "&city=" + encode("深圳市")))).hasSize(2);
		assertThat(ids(this.http.get("/api/leads?owner=" + owner + "&city=" + encode("广州")))).isEmpty();
		HttpResponse<String> bad = this.http.get("/api/leads?stage=WON&city=Atlantis");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(Leads.errors(bad)).containsExactlyInAnyOrder("stage oneOf", "city region.unknown");
	}

	@Test
	void theTimelineGathersMatchesFeedbackMeetingsAndOutcomesOfTheEnterpriseWithTheLeadsOwnEvents() {
		String enterprise = Leads.enterprise(this.http);
		String id = Leads.ok(this.http.post("/api/leads", Leads.register(enterprise, "新能源", "staff-qy-050")))
			.path("id")
			.asString();
		String partner = "cp-qingyuan-new-energy";
		String matchId = MatchEvent.matchId(enterprise, partner);
		MatchProposed proposed = new MatchProposed("tl-" + TestProfiles.unique(), Instant.parse("2025-06-02T02:00:00Z"),
				matchId, "e1-p1", enterprise, 1, "示例·深圳锂储能科技有限公司", "staff-qy-050", partner, PartnerType.COUNTERPART,
				CounterpartKind.PARK_INDUSTRY, 1, "新能源", "清远高新区", 0.82,
				List.of(new MatchReason("industry-code", 0.5, "行业代码相同", "Same industry class")));
		MatchFeedbackGiven feedback = new MatchFeedbackGiven("tl-" + TestProfiles.unique(),
				Instant.parse("2025-06-03T02:00:00Z"), matchId, enterprise, partner, PartnerType.COUNTERPART,
				MatchFeedbackGiven.Side.ENTERPRISE, MatchFeedbackGiven.Decision.ACCEPT, "用地符合需求", "staff-qy-050");
		Meeting meeting = new Meeting("mtg-" + TestProfiles.unique(), "fair-2025-foshan", "2025 清远高新区（佛山）产业对接会",
				"佛山潭州国际会展中心", "A-12", Instant.parse("2025-06-20T02:00:00Z"), Instant.parse("2025-06-20T02:30:00Z"), 0,
				List.of(new MeetingParticipant(enterprise, MeetingParticipant.ENTERPRISE, "示例·深圳锂储能科技有限公司",
						"staff-qy-050"),
						new MeetingParticipant("park-qingyuan-hitech", MeetingParticipant.PARK, "清远高新区", null)),
				matchId);
		MeetingScheduled scheduled = new MeetingScheduled("tl-" + TestProfiles.unique(),
				Instant.parse("2025-06-04T02:00:00Z"), meeting);
		Meeting later = new Meeting(meeting.meetingId(), meeting.fairId(), meeting.fairName(), meeting.venue(), "B-03",
				Instant.parse("2025-06-20T03:00:00Z"), Instant.parse("2025-06-20T03:30:00Z"), 1, meeting.participants(),
				matchId);
		MeetingMoved moved = new MeetingMoved("tl-" + TestProfiles.unique(), Instant.parse("2025-06-05T02:00:00Z"),
				later, meeting.start());
		Leads.produce(proposed);
		Leads.produce(feedback);
		Leads.produce(scheduled);
		Leads.produce(moved);
		Leads.produce(moved);
		Leads.produce(proposed);
		MeetingCheckedIn held = new MeetingCheckedIn("tl-" + TestProfiles.unique(),
				Instant.parse("2025-06-20T03:30:00Z"), meeting.fairId(), meeting.fairName(), meeting.meetingId(),
				meeting.participants(), MeetingCheckedIn.Status.HELD, "staff-qy-050");
		MeetingOutcomeRecorded outcome = new MeetingOutcomeRecorded("tl-" + TestProfiles.unique(),
				Instant.parse("2025-06-20T04:00:00Z"), meeting.fairId(), meeting.fairName(), meeting.meetingId(),
				meeting.participants(), matchId, MeetingOutcomeRecorded.Intent.HIGH, "两周内安排考察园区", "staff-qy-050");
		Leads.produce(held);
		Leads.produce(outcome);
		Leads.ok(this.http.post("/api/leads/" + id + "/stage", Leads.stage("CONTACTED", null, "staff-qy-050")));

		Awaitility.await().untilAsserted(() -> {
			JsonNode timeline = Http.json(this.http.get("/api/leads/" + id + "/timeline"));
			assertThat(timeline.path("enterpriseId").asString()).isEqualTo(enterprise);
			assertThat(timeline.path("entries").valueStream().map((e) -> e.path("type").asString())).containsExactly(
					EventType.LEAD_REGISTERED.type(), EventType.MATCH_PROPOSED.type(),
					EventType.MATCH_FEEDBACK_GIVEN.type(), EventType.MEETING_SCHEDULED.type(),
					EventType.MEETING_MOVED.type(), EventType.MEETING_CHECKED_IN.type(),
					EventType.MEETING_OUTCOME_RECORDED.type(), stageChanged());
		});
		JsonNode entries = Http.json(this.http.get("/api/leads/" + id + "/timeline")).path("entries");
		assertThat(entries.get(1).path("eventId").asString()).isEqualTo(proposed.eventId());
		assertThat(entries.get(1).path("summaryZh").asString()).isEqualTo("匹配：新能源（清远高新区），得分 0.82");
		assertThat(entries.get(1).at("/details/matchId").asString()).isEqualTo(matchId);
		assertThat(entries.get(2).path("summaryEn").asString()).isEqualTo("The enterprise accepted the match: 用地符合需求");
		assertThat(entries.get(3).path("topic").asString()).isEqualTo(Topics.FAIR_MEETINGS);
		assertThat(entries.get(3).at("/details/with").asString()).isEqualTo("清远高新区");
		assertThat(entries.get(4).path("summaryZh").asString())
			.isEqualTo("2025 清远高新区（佛山）产业对接会：与 清远高新区 的洽谈改至 2025-06-20 11:00");
		assertThat(entries.get(5).at("/details/status").asString()).isEqualTo("HELD");
		assertThat(entries.get(6).path("summaryZh").asString())
			.isEqualTo("2025 清远高新区（佛山）产业对接会：与 清远高新区 洽谈结果，意向强；下一步：两周内安排考察园区");
		assertThat(entries.get(7).path("summaryZh").asString()).isEqualTo("阶段：线索 → 接洽");
	}

	@Test
	void anUnreadableRecordOnAConsumedTopicGoesToItsDeadLetterTopic() {
		String key = "ent-broken-" + TestProfiles.unique() + "~cp-1";
		KafkaProbe.send(Topics.MATCHES, key,
				java.util.Map.of(CloudEventHeaders.SPEC_VERSION, "1.0", CloudEventHeaders.ID, "broken-1",
						CloudEventHeaders.TYPE, EventType.MATCH_PROPOSED.type(), CloudEventHeaders.CONTENT_TYPE,
						"application/json"),
				"{\"eventId\": \"broken-1\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		ConsumerRecord<String, byte[]> dead = KafkaProbe.awaitRecord(Topics.deadLetter(Topics.MATCHES), key);
		assertThat(KafkaProbe.header(dead, "kafka_dlt-exception-message")).contains("does not match its schema");
	}

	@Test
	void theApiDescriptionListsThePipelineAndTheAnalytics() {
		JsonNode paths = Http.json(this.http.get("/v3/api-docs")).path("paths");
		assertThat(paths.propertyNames()).contains("/api/leads", "/api/leads/{id}", "/api/leads/{id}/stage",
				"/api/leads/{id}/amounts", "/api/leads/{id}/handover", "/api/leads/{id}/timeline",
				"/api/analytics/leads", "/api/analytics/leads.csv", "/api/analytics/leads.xlsx", "/api/analytics/fairs",
				"/api/analytics/fairs/{fairId}");
		assertThat(paths.at("/~1api~1leads~1{id}~1stage/post/responses").propertyNames()).contains("200", "400", "404");
	}

	private static String stageChanged() {
		return EventType.LEAD_STAGE_CHANGED.type();
	}

	private static String amount() {
		return EventType.LEAD_AMOUNT_RECORDED.type();
	}

	private static List<String> ids(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return Http.json(response).valueStream().map((l) -> l.path("id").asString()).toList();
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

}
