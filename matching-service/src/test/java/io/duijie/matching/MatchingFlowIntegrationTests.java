package io.duijie.matching;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import io.duijie.contracts.CloudEventHeaders;
import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.CounterpartProfileSubmitted;
import io.duijie.contracts.EnterpriseProfileSubmitted;
import io.duijie.contracts.EnterpriseProfileWithdrawn;
import io.duijie.contracts.EventType;
import io.duijie.contracts.MatchEvent;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchRetracted;
import io.duijie.contracts.MatchRetracted.RetractionReason;
import io.duijie.contracts.PartnerType;
import io.duijie.contracts.Region;
import io.duijie.contracts.Topics;
import io.duijie.testsupport.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * matching-service against a real broker and a real Redis: profiles in as CloudEvents
 * records, matches out on {@code matches} and through {@code GET /api/matches}.
 */
@MatchingServiceTest
class MatchingFlowIntegrationTests {

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
	void proposesOncePerRevisionAndRetractsOnWithdrawal() {
		String counterpartId = TestProfiles.unique("cp-new-materials");
		String strongId = TestProfiles.unique("ent-alu");
		String weakId = TestProfiles.unique("ent-alu-small");
		CounterpartProfileSubmitted cluster = TestProfiles.newMaterialsCluster(counterpartId, 1);
		EnterpriseProfileSubmitted strong = TestProfiles.enterprise(strongId, 1, "示例·佛山华信铝业有限公司",
				"示例企业。主营铝型材、铝合金门窗的挤压与阳极氧化，计划扩产。", List.of("C3252"), TestProfiles.foshan());
		EnterpriseProfileSubmitted weak = TestProfiles.enterprise(weakId, 1, "示例·长沙小铝材加工厂", "加工铝型材。", List.of(),
				new Region("430100", "长沙市"));
		TestProfiles.send(cluster);
		TestProfiles.send(strong);
		TestProfiles.send(weak);
		String matchId = MatchEvent.matchId(strongId, counterpartId);
		String weakMatchId = MatchEvent.matchId(weakId, counterpartId);

		// a MatchProposed with the right key and revision, valid against its schema, with
		// CloudEvents headers
		ConsumerRecord<String, byte[]> record = KafkaProbe.awaitRecord(Topics.MATCHES, matchId);
		assertThat(TestProfiles.ceType(record)).isEqualTo(EventType.MATCH_PROPOSED.type());
		MatchProposed proposed = TestProfiles.proposed(record);
		assertThat(proposed.matchId()).isEqualTo(matchId);
		assertThat(proposed.revision()).isEqualTo("e1-p1");
		assertThat(proposed.enterpriseId()).isEqualTo(strongId);
		assertThat(proposed.partnerId()).isEqualTo(counterpartId);
		assertThat(proposed.partnerType()).isEqualTo(PartnerType.COUNTERPART);
		assertThat(proposed.partnerKind()).isEqualTo(CounterpartKind.PARK_INDUSTRY);
		assertThat(proposed.parkName()).isEqualTo("清远高新区");
		assertThat(proposed.ownerStaffId()).isEqualTo("staff-qy-01");
		assertThat(proposed.score()).isBetween(0.3, 1.0);
		assertThat(proposed.reasons()).extracting((reason) -> reason.factor())
			.contains("industry-code", "keywords", "region");
		assertThat(proposed.reasons())
			.anySatisfy((reason) -> assertThat(reason.zh()).contains("「铝型材」", "清远高新区新材料产业集群"));
		assertThat(KafkaProbe.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
		assertThat(KafkaProbe.header(record, CloudEventHeaders.ID)).isEqualTo(proposed.eventId());
		assertThat(KafkaProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/duijie/matching-service");
		assertThat(KafkaProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(matchId);
		assertThat(KafkaProbe.header(record, CloudEventHeaders.TIME)).isNotBlank();
		assertThat(KafkaProbe.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");

		// both sides list it, best first
		List<JsonNode> ofCounterpart = await().atMost(Duration.ofSeconds(30))
			.until(() -> this.api.matches("counterpartId", counterpartId),
					(matches) -> MatchesApi.matchIds(matches).containsAll(List.of(matchId, weakMatchId)));
		// other tests' enterprises may match this cluster too: ours are in order among
		// them
		List<String> ids = MatchesApi.matchIds(ofCounterpart);
		assertThat(ids.indexOf(matchId)).isLessThan(ids.indexOf(weakMatchId));
		assertThat(MatchesApi.scores(ofCounterpart)).isSortedAccordingTo(Comparator.reverseOrder());
		JsonNode served = ofCounterpart.get(ids.indexOf(matchId));
		assertThat(served.get("revision").asString()).isEqualTo("e1-p1");
		assertThat(served.get("enterpriseName").asString()).isEqualTo("示例·佛山华信铝业有限公司");
		assertThat(served.get("partnerName").asString()).isEqualTo("新材料");
		assertThat(served.get("partnerType").asString()).isEqualTo("COUNTERPART");
		assertThat(served.get("partnerKind").asString()).isEqualTo("PARK_INDUSTRY");
		assertThat(served.get("parkName").asString()).isEqualTo("清远高新区");
		assertThat(served.get("score").asDouble()).isEqualTo(proposed.score());
		// the reasons as published: factor, contribution and both languages, summing to
		// the score
		assertThat(served.get("reasons")).hasSize(proposed.reasons().size());
		double sum = 0;
		for (int i = 0; i < proposed.reasons().size(); i++) {
			JsonNode reason = served.get("reasons").get(i);
			assertThat(reason.get("factor").asString()).isEqualTo(proposed.reasons().get(i).factor());
			assertThat(reason.get("contribution").asDouble()).isEqualTo(proposed.reasons().get(i).contribution())
				.isPositive();
			assertThat(reason.get("zh").asString()).isEqualTo(proposed.reasons().get(i).zh());
			assertThat(reason.get("en").asString()).isEqualTo(proposed.reasons().get(i).en());
			sum += reason.get("contribution").asDouble();
		}
		assertThat(sum).isCloseTo(served.get("score").asDouble(), within(1e-9));
		assertThat(served.get("reasons").findValuesAsString("factor")).contains("industry-code", "keywords", "region");
		assertThat(served.get("proposedAt").asString()).isNotBlank();
		List<JsonNode> ofEnterprise = this.api.matches("enterpriseId", strongId);
		assertThat(MatchesApi.matchIds(ofEnterprise)).contains(matchId);
		assertThat(MatchesApi.scores(ofEnterprise)).isSortedAccordingTo(Comparator.reverseOrder());

		// redelivery of the same event publishes nothing; the next version (same key, so
		// processed after it) does
		TestProfiles.send(strong);
		TestProfiles.send(TestProfiles.enterprise(strongId, 2, "示例·佛山华信铝业有限公司", "示例企业。主营铝型材、铝合金门窗的挤压与阳极氧化，新增再生铝产线。",
				List.of("C3252"), TestProfiles.foshan()));
		List<ConsumerRecord<String, byte[]>> records = KafkaProbe.awaitRecords(Topics.MATCHES,
				(seen) -> proposals(seen, matchId).stream().anyMatch((p) -> p.revision().equals("e2-p1")));
		assertThat(proposals(records, matchId)).extracting(MatchProposed::revision).containsExactly("e1-p1", "e2-p1");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.api.matches("enterpriseId", strongId)
				.stream()
				.anyMatch((m) -> m.get("matchId").asString().equals(matchId)
						&& m.get("revision").asString().equals("e2-p1")));

		// withdrawal (event, then tombstone) retracts the match
		TestProfiles.send(new EnterpriseProfileWithdrawn(java.util.UUID.randomUUID().toString(),
				java.time.Instant.now(), strongId, 3));
		TestProfiles.tombstone(Topics.ENTERPRISE_PROFILES, strongId);
		List<ConsumerRecord<String, byte[]>> after = KafkaProbe.awaitRecords(Topics.MATCHES,
				(seen) -> seen.stream().anyMatch((r) -> matchId.equals(r.key()) && TestProfiles.isRetracted(r)));
		List<MatchRetracted> retractions = after.stream()
			.filter((r) -> matchId.equals(r.key()) && TestProfiles.isRetracted(r))
			.map(TestProfiles::retracted)
			.toList();
		assertThat(retractions).singleElement().satisfies((retracted) -> {
			assertThat(retracted.reason()).isEqualTo(RetractionReason.ENTERPRISE_WITHDRAWN);
			assertThat(retracted.enterpriseId()).isEqualTo(strongId);
			assertThat(retracted.partnerId()).isEqualTo(counterpartId);
		});
		await().atMost(Duration.ofSeconds(30)).until(() -> this.api.matches("enterpriseId", strongId).isEmpty());
		assertThat(MatchesApi.matchIds(this.api.matches("counterpartId", counterpartId))).doesNotContain(matchId)
			.contains(weakMatchId);
	}

	@Test
	void retractsAMatchWhoseNewVersionScoresBelowTheThreshold() {
		String counterpartId = TestProfiles.unique("cp-new-materials");
		String enterpriseId = TestProfiles.unique("ent-pivot");
		TestProfiles.send(TestProfiles.newMaterialsCluster(counterpartId, 1));
		TestProfiles
			.send(TestProfiles.enterprise(enterpriseId, 1, "示例·铝材公司", "主营铝合金压铸件。", List.of(), TestProfiles.foshan()));
		String matchId = MatchEvent.matchId(enterpriseId, counterpartId);
		KafkaProbe.awaitRecord(Topics.MATCHES, matchId);

		// version 2: a restaurant chain in Changsha shares nothing with the cluster
		TestProfiles.send(TestProfiles.enterprise(enterpriseId, 2, "示例·餐饮公司", "连锁餐饮服务。", List.of("6210"),
				new Region("430100", "长沙市")));

		List<ConsumerRecord<String, byte[]>> records = KafkaProbe.awaitRecords(Topics.MATCHES,
				(seen) -> seen.stream().anyMatch((r) -> matchId.equals(r.key()) && TestProfiles.isRetracted(r)));
		MatchRetracted retracted = records.stream()
			.filter((r) -> matchId.equals(r.key()) && TestProfiles.isRetracted(r))
			.map(TestProfiles::retracted)
			.findFirst()
			.orElseThrow();
		assertThat(retracted.reason()).isEqualTo(RetractionReason.BELOW_THRESHOLD);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !MatchesApi.matchIds(this.api.matches("counterpartId", counterpartId)).contains(matchId));
	}

	@Test
	void answersAQueryWithoutExactlyOneParameterWithALocalisedProblem() {
		HttpResponse<String> none = this.api.get("/api/matches", "en");
		HttpResponse<String> two = this.api.get("/api/matches?enterpriseId=a&investorId=b", "zh-CN");

		assertThat(none.statusCode()).isEqualTo(400);
		assertThat(none.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode enProblem = TestProfiles.JSON.readTree(none.body());
		assertThat(enProblem.get("status").asInt()).isEqualTo(400);
		assertThat(enProblem.get("title").asString()).isEqualTo("Invalid match query");
		assertThat(enProblem.get("detail").asString()).contains("exactly one", "got 0");
		assertThat(two.statusCode()).isEqualTo(400);
		JsonNode zhProblem = TestProfiles.JSON.readTree(two.body());
		assertThat(zhProblem.get("title").asString()).isEqualTo("查询参数有误");
		assertThat(zhProblem.get("detail").asString()).contains("恰好提供一个", "收到 2 个");
	}

	@Test
	void exposesReadinessMetricsAndTheApiDescription() {
		String counterpartId = TestProfiles.unique("cp-metrics");
		String enterpriseId = TestProfiles.unique("ent-metrics");
		TestProfiles.send(TestProfiles.newMaterialsCluster(counterpartId, 1));
		TestProfiles
			.send(TestProfiles.enterprise(enterpriseId, 1, "示例·铝业", "主营铝型材。", List.of(), TestProfiles.foshan()));
		KafkaProbe.awaitRecord(Topics.MATCHES, MatchEvent.matchId(enterpriseId, counterpartId));

		HttpResponse<String> readiness = this.api.get("/actuator/health/readiness", "en");
		HttpResponse<String> prometheus = this.api.get("/actuator/prometheus", "en");
		HttpResponse<String> openApi = this.api.get("/v3/api-docs", "en");

		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"UP\"");
		assertThat(prometheus.body()).contains("duijie_matching_matches_total{", "outcome=\"proposed\"",
				"duijie_matching_scoring_seconds_count{");
		assertThat(openApi.body()).contains("/api/matches");
	}

	private static List<MatchProposed> proposals(List<ConsumerRecord<String, byte[]>> records, String matchId) {
		return records.stream()
			.filter((r) -> matchId.equals(r.key()) && TestProfiles.isProposed(r))
			.map(TestProfiles::proposed)
			.toList();
	}

}
