package io.duijie.matching;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.EnterpriseProfileSubmitted;
import io.duijie.contracts.EventType;
import io.duijie.contracts.EventSchemas;
import io.duijie.contracts.MatchAccepted;
import io.duijie.contracts.MatchEvent;
import io.duijie.contracts.MatchFeedbackGiven;
import io.duijie.contracts.MatchFeedbackGiven.Decision;
import io.duijie.contracts.MatchFeedbackGiven.Side;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchRetracted;
import io.duijie.contracts.MatchRetracted.RetractionReason;
import io.duijie.contracts.PartnerType;
import io.duijie.contracts.Topics;
import io.duijie.testsupport.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code POST /api/matches/{matchId}/feedback} against a real broker and Redis: a decline
 * retracts the match for good, two accepts publish a meeting candidate.
 */
@MatchingServiceTest
class FeedbackIntegrationTests {

	private static final String SOURCE = "/duijie/matching-service";

	@LocalServerPort
	int port;

	MatchesApi api;

	@BeforeAll
	static void topics() {
		TestProfiles.createProfileTopics();
	}

	@BeforeEach
	void api() {
		this.api = new MatchesApi(this.port);
	}

	@Test
	void invalidFeedbackIsAnsweredFieldByFieldInEnglishAndChinese() {
		String matchId = TestProfiles.unique("ent-none") + "~" + TestProfiles.unique("cp-none");

		HttpResponse<String> empty = this.api.giveFeedback(matchId, "{}", "en");
		HttpResponse<String> emptyZh = this.api.giveFeedback(matchId, "{}", "zh-CN");
		HttpResponse<String> unknownValues = this.api.giveFeedback(matchId,
				"{\"side\":\"BOTH\",\"decision\":\"MAYBE\",\"by\":\"" + "x".repeat(101) + "\"}", "en");
		HttpResponse<String> declineWithoutReason = this.api.giveFeedback(matchId,
				"{\"side\":\"PARTNER\",\"decision\":\"DECLINE\",\"reason\":\"  \"}", "zh-CN");
		HttpResponse<String> tooLong = this.api.giveFeedback(matchId,
				"{\"side\":\"ENTERPRISE\",\"decision\":\"ACCEPT\",\"reason\":\"" + "长".repeat(501) + "\"}", "en");

		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode en = TestProfiles.JSON.readTree(empty.body());
		assertThat(en.get("type").asString()).isEqualTo("https://duijie.io/problems/invalid-feedback");
		assertThat(en.get("title").asString()).isEqualTo("Invalid feedback");
		assertThat(en.get("detail").asString()).isEqualTo("The feedback has 2 invalid fields");
		assertThat(errors(en)).containsExactly("side: is required", "decision: is required");
		JsonNode zh = TestProfiles.JSON.readTree(emptyZh.body());
		assertThat(emptyZh.statusCode()).isEqualTo(400);
		assertThat(zh.get("title").asString()).isEqualTo("反馈无效");
		assertThat(zh.get("detail").asString()).isEqualTo("反馈内容有 2 处错误");
		assertThat(errors(zh)).containsExactly("side: 必填", "decision: 必填");
		assertThat(errors(TestProfiles.JSON.readTree(unknownValues.body()))).containsExactly(
				"side: must be ENTERPRISE or PARTNER", "decision: must be ACCEPT or DECLINE",
				"by: must be at most 100 characters");
		assertThat(declineWithoutReason.statusCode()).isEqualTo(400);
		assertThat(errors(TestProfiles.JSON.readTree(declineWithoutReason.body()))).containsExactly("reason: 婉拒时须说明原因");
		assertThat(errors(TestProfiles.JSON.readTree(tooLong.body())))
			.containsExactly("reason: must be at most 500 characters");
	}

	@Test
	void feedbackOnAnUnknownMatchIsNotFound() {
		String matchId = TestProfiles.unique("ent-none") + "~" + TestProfiles.unique("cp-none");
		String body = "{\"side\":\"ENTERPRISE\",\"decision\":\"ACCEPT\"}";

		HttpResponse<String> en = this.api.giveFeedback(matchId, body, "en");
		HttpResponse<String> zh = this.api.giveFeedback(matchId, body, "zh-CN");

		assertThat(en.statusCode()).isEqualTo(404);
		assertThat(en.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode enProblem = TestProfiles.JSON.readTree(en.body());
		assertThat(enProblem.get("type").asString()).isEqualTo("https://duijie.io/problems/match-not-found");
		assertThat(enProblem.get("title").asString()).isEqualTo("Match not found");
		assertThat(enProblem.get("detail").asString()).isEqualTo("No current match " + matchId);
		assertThat(zh.statusCode()).isEqualTo(404);
		JsonNode zhProblem = TestProfiles.JSON.readTree(zh.body());
		assertThat(zhProblem.get("title").asString()).isEqualTo("匹配不存在");
		assertThat(zhProblem.get("detail").asString()).isEqualTo("没有当前的匹配 " + matchId);
		// nothing was recorded
		assertThat(this.api.feedback(matchId).isEmpty()).isTrue();
	}

	@Test
	void aDeclinedPairIsRetractedAndNeverProposedAgain() {
		String enterpriseId = TestProfiles.unique("ent-robots");
		String declinedId = TestProfiles.unique("cp-robots");
		String otherId = TestProfiles.unique("cp-smart-equipment");
		String declined = MatchEvent.matchId(enterpriseId, declinedId);
		String other = MatchEvent.matchId(enterpriseId, otherId);
		TestProfiles.send(robotMaker(enterpriseId, 1));
		TestProfiles.send(TestProfiles.counterpart(declinedId, 1, CounterpartKind.PARK_INDUSTRY, "机器人", List.of("3491"),
				List.of("工业机器人"), List.of(), null));
		TestProfiles.send(TestProfiles.counterpart(otherId, 1, CounterpartKind.PARK_INDUSTRY, "智能装备", List.of("3491"),
				List.of("自动化产线"), List.of(), null));
		awaitProposal(declined);
		awaitProposal(other);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> MatchesApi.matchIds(this.api.matches("enterpriseId", enterpriseId)),
					(ids) -> ids.containsAll(List.of(declined, other)));

		HttpResponse<String> response = this.api.giveFeedback(declined,
				"{\"side\":\"ENTERPRISE\",\"decision\":\"DECLINE\",\"reason\":\"已在本地落户\",\"by\":\"staff-qy-01\"}",
				"zh-CN");

		assertThat(response.statusCode()).isEqualTo(202);
		JsonNode given = TestProfiles.JSON.readTree(response.body());
		assertThat(given.get("matchId").asString()).isEqualTo(declined);
		assertThat(given.get("decision").asString()).isEqualTo("DECLINE");
		// the decision travels on match-feedback, keyed by match and side, schema-valid
		ConsumerRecord<String, byte[]> feedback = KafkaProbe.awaitRecord(Topics.MATCH_FEEDBACK,
				MatchFeedbackGiven.key(declined, Side.ENTERPRISE));
		assertThat(TestProfiles.ceType(feedback)).isEqualTo(EventType.MATCH_FEEDBACK_GIVEN.type());
		EventSchemas.assertValid(TestProfiles.ceType(feedback), feedback.value());
		MatchFeedbackGiven decision = TestProfiles.JSON.readValue(feedback.value(), MatchFeedbackGiven.class);
		assertThat(decision.enterpriseId()).isEqualTo(enterpriseId);
		assertThat(decision.partnerId()).isEqualTo(declinedId);
		assertThat(decision.partnerType()).isEqualTo(PartnerType.COUNTERPART);
		assertThat(decision.reason()).isEqualTo("已在本地落户");
		assertThat(decision.by()).isEqualTo("staff-qy-01");
		// and retracts the match
		assertThat(awaitRetraction(declined).reason()).isEqualTo(RetractionReason.DECLINED);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> MatchesApi.matchIds(this.api.matches("enterpriseId", enterpriseId)),
					(ids) -> !ids.contains(declined) && ids.contains(other));
		assertThat(MatchesApi.matchIds(this.api.matches("counterpartId", declinedId))).doesNotContain(declined);
		JsonNode decisions = this.api.feedback(declined);
		assertThat(decisions.get("ENTERPRISE").get("decision").asString()).isEqualTo("DECLINE");
		assertThat(decisions.has("PARTNER")).isFalse();

		// a new version of the enterprise is matched again, without the declined pair
		TestProfiles.send(robotMaker(enterpriseId, 2));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> TestProfiles.proposals(TestProfiles.readToEnd(Topics.MATCHES), other, SOURCE)
				.stream()
				.anyMatch((p) -> p.revision().equals("e2-p1")));
		assertThat(TestProfiles.proposals(TestProfiles.readToEnd(Topics.MATCHES), declined, SOURCE))
			.extracting(MatchProposed::revision)
			.containsExactly("e1-p1");
		assertThat(MatchesApi.matchIds(this.api.matches("enterpriseId", enterpriseId))).doesNotContain(declined);
		// feedback on the retracted match is feedback on no current match
		assertThat(this.api.giveFeedback(declined, "{\"side\":\"PARTNER\",\"decision\":\"ACCEPT\"}", "en").statusCode())
			.isEqualTo(404);
	}

	@Test
	void aMatchBothSidesAcceptIsPublishedAsAMeetingCandidate() {
		String enterpriseId = TestProfiles.unique("ent-robots-ok");
		String counterpartId = TestProfiles.unique("cp-robots-ok");
		String matchId = MatchEvent.matchId(enterpriseId, counterpartId);
		TestProfiles.send(robotMaker(enterpriseId, 1));
		TestProfiles.send(TestProfiles.counterpart(counterpartId, 1, CounterpartKind.PARK_INDUSTRY, "机器人",
				List.of("3491"), List.of("工业机器人"), List.of(), null));
		MatchProposed proposed = awaitProposal(matchId);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> MatchesApi.matchIds(this.api.matches("enterpriseId", enterpriseId)).contains(matchId));

		assertThat(this.api
			.giveFeedback(matchId, "{\"side\":\"ENTERPRISE\",\"decision\":\"ACCEPT\",\"reason\":\"有意向\"}", "en")
			.statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30)).until(() -> this.api.feedback(matchId).has("ENTERPRISE"));
		// one side alone is no meeting candidate
		assertThat(TestProfiles.of(TestProfiles.readToEnd(Topics.MATCH_ACCEPTANCES), matchId, SOURCE)).isEmpty();
		assertThat(this.api.giveFeedback(matchId, "{\"side\":\"PARTNER\",\"decision\":\"ACCEPT\"}", "en").statusCode())
			.isEqualTo(202);

		List<ConsumerRecord<String, byte[]>> records = KafkaProbe.awaitRecords(Topics.MATCH_ACCEPTANCES,
				(seen) -> !TestProfiles.of(seen, matchId, SOURCE).isEmpty());
		ConsumerRecord<String, byte[]> record = TestProfiles.of(records, matchId, SOURCE).get(0);
		assertThat(TestProfiles.ceType(record)).isEqualTo(EventType.MATCH_ACCEPTED.type());
		MatchAccepted accepted = TestProfiles.accepted(record);
		assertThat(accepted.matchId()).isEqualTo(matchId);
		assertThat(accepted.enterpriseId()).isEqualTo(enterpriseId);
		assertThat(accepted.enterpriseName()).isEqualTo("示例·深圳机器人有限公司");
		assertThat(accepted.partnerId()).isEqualTo(counterpartId);
		assertThat(accepted.partnerType()).isEqualTo(PartnerType.COUNTERPART);
		assertThat(accepted.partnerKind()).isEqualTo(CounterpartKind.PARK_INDUSTRY);
		assertThat(accepted.partnerName()).isEqualTo("机器人");
		assertThat(accepted.parkName()).isEqualTo("清远高新区");
		assertThat(accepted.score()).isEqualTo(proposed.score());
		JsonNode decisions = this.api.feedback(matchId);
		assertThat(decisions.get("ENTERPRISE").get("decision").asString()).isEqualTo(Decision.ACCEPT.name());
		assertThat(decisions.get("PARTNER").get("decision").asString()).isEqualTo(Decision.ACCEPT.name());
		// an accepted match stays a match
		assertThat(MatchesApi.matchIds(this.api.matches("counterpartId", counterpartId))).contains(matchId);
	}

	private static EnterpriseProfileSubmitted robotMaker(String enterpriseId, long version) {
		return TestProfiles.enterprise(enterpriseId, version, "示例·深圳机器人有限公司", "主营工业机器人及自动化产线。", List.of("3491"),
				TestProfiles.shenzhen(), TestProfiles.needs(null, null));
	}

	private static List<String> errors(JsonNode problem) {
		return problem.get("errors")
			.values()
			.stream()
			.map((error) -> error.get("field").asString() + ": " + error.get("message").asString())
			.toList();
	}

	private static MatchProposed awaitProposal(String matchId) {
		List<ConsumerRecord<String, byte[]>> records = KafkaProbe.awaitRecords(Topics.MATCHES,
				(seen) -> !TestProfiles.proposals(seen, matchId, SOURCE).isEmpty());
		return TestProfiles.proposals(records, matchId, SOURCE).get(0);
	}

	private static MatchRetracted awaitRetraction(String matchId) {
		List<ConsumerRecord<String, byte[]>> records = KafkaProbe.awaitRecords(Topics.MATCHES,
				(seen) -> !TestProfiles.retractions(seen, matchId, SOURCE).isEmpty());
		return TestProfiles.retractions(records, matchId, SOURCE).get(0);
	}

}
