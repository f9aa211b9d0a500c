package io.duijie.matching;

import java.time.Duration;
import java.util.List;

import io.duijie.contracts.MatchEvent;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.Topics;
import io.duijie.testsupport.KafkaProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A matching-service whose Redis was wiped refills its index from the compacted profile
 * topics at start-up and republishes its matches with the same revisions. Runs its own
 * contexts (own Redis database, own consumer group, own CloudEvents source) so that it
 * never disturbs the cached test context.
 */
class IndexRebuildIntegrationTests {

	private static final int DATABASE = 7;

	@BeforeAll
	static void topics() {
		TestProfiles.createProfileTopics();
		IsolatedService.flush(DATABASE);
	}

	@Test
	void refillsAWipedRedisFromTheCompactedTopicsAndRepublishesTheSameRevision() {
		String counterpartId = TestProfiles.unique("cp-rebuild");
		String enterpriseId = TestProfiles.unique("ent-rebuild");
		String group = TestProfiles.unique("matching-rebuild");
		String source = "/duijie/" + TestProfiles.unique("matching-rebuild");
		String matchId = MatchEvent.matchId(enterpriseId, counterpartId);
		TestProfiles.send(TestProfiles.newMaterialsCluster(counterpartId, 1));
		TestProfiles.send(TestProfiles.enterprise(enterpriseId, 1, "示例·清远铝业", "主营铝型材与铝合金挤压。", List.of("3252"),
				TestProfiles.foshan()));

		JsonNode servedBefore;
		try (IsolatedService first = IsolatedService.start(DATABASE, group, source)) {
			MatchesApi api = first.api();
			servedBefore = await().atMost(Duration.ofSeconds(60))
				.until(() -> ours(api.matches("enterpriseId", enterpriseId), matchId), (match) -> match != null);
		}
		List<MatchProposed> before = TestProfiles.proposals(KafkaProbe.awaitRecords(Topics.MATCHES,
				(seen) -> !TestProfiles.proposals(seen, matchId, source).isEmpty()), matchId, source);
		assertThat(before).singleElement().extracting(MatchProposed::revision).isEqualTo("e1-p1");

		assertThat(IsolatedService.flush(DATABASE)).isPositive();

		try (IsolatedService second = IsolatedService.start(DATABASE, group, source)) {
			MatchesApi api = second.api();
			// the rebuild ran during start-up, before the listeners started: the match is
			// back at once, with its revision, score and reasons
			JsonNode served = ours(api.matches("enterpriseId", enterpriseId), matchId);
			assertThat(served).isNotNull();
			assertThat(served.get("revision").asString()).isEqualTo("e1-p1");
			assertThat(served.get("score")).isEqualTo(servedBefore.get("score"));
			assertThat(served.get("reasons")).isEqualTo(servedBefore.get("reasons"));
			List<MatchProposed> after = TestProfiles.proposals(KafkaProbe.awaitRecords(Topics.MATCHES,
					(seen) -> TestProfiles.proposals(seen, matchId, source).size() >= 2), matchId, source);
			assertThat(after).hasSize(2).extracting(MatchProposed::revision).containsOnly("e1-p1");
			assertThat(after.get(1).eventId()).isNotEqualTo(after.get(0).eventId());
		}
	}

	private static JsonNode ours(List<JsonNode> matches, String matchId) {
		return matches.stream().filter((m) -> m.get("matchId").asString().equals(matchId)).findFirst().orElse(null);
	}

}
