package io.duijie.matching;

import java.time.Duration;
import java.util.List;

import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.MatchEvent;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchRetracted;
import io.duijie.contracts.MatchRetracted.RetractionReason;
import io.duijie.contracts.Topics;
import io.duijie.testsupport.KafkaProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The feedback ledger is state Kafka can rebuild: a matching-service whose Redis was
 * wiped reads the decisions back from the compacted {@code match-feedback} topic before
 * it recomputes the matches, so a declined pair stays declined. Runs its own contexts
 * (own Redis database, consumer group and CloudEvents source).
 */
class FeedbackLedgerRebuildIntegrationTests {

	private static final int DATABASE = 10;

	@BeforeAll
	static void topics() {
		TestProfiles.createProfileTopics();
		IsolatedService.flush(DATABASE);
	}

	@Test
	void aDeclineSurvivesAWipedRedis() {
		String enterpriseId = TestProfiles.unique("ent-am");
		String declinedId = TestProfiles.unique("cp-am");
		String keptId = TestProfiles.unique("cp-high-end");
		String declined = MatchEvent.matchId(enterpriseId, declinedId);
		String kept = MatchEvent.matchId(enterpriseId, keptId);
		String group = TestProfiles.unique("matching-ledger");
		String source = "/duijie/" + TestProfiles.unique("matching-ledger");
		TestProfiles.send(TestProfiles.enterprise(enterpriseId, 1, "示例·深圳增材制造有限公司", "主营金属3D打印设备与增材制造服务。",
				List.of("3493"), TestProfiles.shenzhen(), TestProfiles.needs(null, null)));
		TestProfiles.send(TestProfiles.counterpart(declinedId, 1, CounterpartKind.PARK_INDUSTRY, "增材制造",
				List.of("3493"), List.of("3D打印"), List.of(), null));
		TestProfiles.send(TestProfiles.counterpart(keptId, 1, CounterpartKind.PARK_INDUSTRY, "高端装备", List.of("3493"),
				List.of("增材制造"), List.of(), null));

		try (IsolatedService first = IsolatedService.start(DATABASE, group, source)) {
			MatchesApi api = first.api();
			await().atMost(Duration.ofSeconds(60))
				.until(() -> MatchesApi.matchIds(api.matches("enterpriseId", enterpriseId)),
						(ids) -> ids.containsAll(List.of(declined, kept)));
			assertThat(api
				.giveFeedback(declined, "{\"side\":\"PARTNER\",\"decision\":\"DECLINE\",\"reason\":\"不符合园区规划\"}",
						"zh-CN")
				.statusCode()).isEqualTo(202);
			List<MatchRetracted> retractions = TestProfiles.retractions(KafkaProbe.awaitRecords(Topics.MATCHES,
					(seen) -> !TestProfiles.retractions(seen, declined, source).isEmpty()), declined, source);
			assertThat(retractions).extracting(MatchRetracted::reason).containsExactly(RetractionReason.DECLINED);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> !MatchesApi.matchIds(api.matches("enterpriseId", enterpriseId)).contains(declined));
		}

		assertThat(IsolatedService.flush(DATABASE)).isPositive();

		try (IsolatedService second = IsolatedService.start(DATABASE, group, source)) {
			MatchesApi api = second.api();
			// both stores were rebuilt during start-up, the ledger first: the decision is
			// back and the recomputed matches leave the declined pair out
			JsonNode decisions = api.feedback(declined);
			assertThat(decisions.get("PARTNER").get("decision").asString()).isEqualTo("DECLINE");
			assertThat(decisions.get("PARTNER").get("reason").asString()).isEqualTo("不符合园区规划");
			List<String> served = MatchesApi.matchIds(api.matches("enterpriseId", enterpriseId));
			assertThat(served).contains(kept).doesNotContain(declined);
			// the kept match was republished by the rebuild; the declined one never was
			KafkaProbe.awaitRecords(Topics.MATCHES, (seen) -> TestProfiles.proposals(seen, kept, source).size() >= 2);
			assertThat(TestProfiles.proposals(TestProfiles.readToEnd(Topics.MATCHES), declined, source))
				.extracting(MatchProposed::revision)
				.containsExactly("e1-p1");
			// and a new version of the enterprise does not bring it back either
			TestProfiles.send(TestProfiles.enterprise(enterpriseId, 2, "示例·深圳增材制造有限公司", "主营金属3D打印设备与增材制造服务。",
					List.of("3493"), TestProfiles.shenzhen(), TestProfiles.needs(null, null)));
			await().atMost(Duration.ofSeconds(60))
				.until(() -> TestProfiles.proposals(TestProfiles.readToEnd(Topics.MATCHES), kept, source)
					.stream()
					.anyMatch((p) -> p.revision().equals("e2-p1")));
			assertThat(TestProfiles.proposals(TestProfiles.readToEnd(Topics.MATCHES), declined, source)).hasSize(1);
		}
	}

}
