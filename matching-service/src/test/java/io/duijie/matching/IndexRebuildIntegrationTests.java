package io.duijie.matching;

import java.time.Duration;
import java.util.List;

import io.duijie.contracts.CloudEventHeaders;
import io.duijie.contracts.MatchEvent;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.Topics;
import io.duijie.testsupport.KafkaProbe;
import io.duijie.testsupport.TestInfrastructure;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

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

		ConfigurableApplicationContext first = start(group, source);
		try {
			MatchesApi api = new MatchesApi(port(first));
			await().atMost(Duration.ofSeconds(60))
				.until(() -> MatchesApi.matchIds(api.matches("enterpriseId", enterpriseId)).contains(matchId));
		}
		finally {
			first.close();
		}
		List<MatchProposed> before = ours(
				KafkaProbe.awaitRecords(Topics.MATCHES, (seen) -> !ours(seen, matchId, source).isEmpty()), matchId,
				source);
		assertThat(before).singleElement().extracting(MatchProposed::revision).isEqualTo("e1-p1");

		try (RedisClient client = RedisClient.create(TestInfrastructure.get().redisUrl() + "/" + DATABASE);
				StatefulRedisConnection<String, String> redis = client.connect()) {
			assertThat(redis.sync().dbsize()).isPositive();
			redis.sync().flushdb();
			assertThat(redis.sync().dbsize()).isZero();
		}

		ConfigurableApplicationContext second = start(group, source);
		try {
			MatchesApi api = new MatchesApi(port(second));
			List<String> served = MatchesApi.matchIds(api.matches("enterpriseId", enterpriseId));
			// the rebuild ran during start-up, before the listeners started: the match is
			// back at once
			assertThat(served).contains(matchId);
			assertThat(api.matches("enterpriseId", enterpriseId))
				.filteredOn((m) -> m.get("matchId").asString().equals(matchId))
				.singleElement()
				.satisfies((m) -> assertThat(m.get("revision").asString()).isEqualTo("e1-p1"));
			List<MatchProposed> after = ours(
					KafkaProbe.awaitRecords(Topics.MATCHES, (seen) -> ours(seen, matchId, source).size() >= 2), matchId,
					source);
			assertThat(after).hasSize(2).extracting(MatchProposed::revision).containsOnly("e1-p1");
			assertThat(after.get(1).eventId()).isNotEqualTo(after.get(0).eventId());
		}
		finally {
			second.close();
		}
	}

	private static ConfigurableApplicationContext start(String group, String source) {
		TestInfrastructure infrastructure = TestInfrastructure.get();
		// command-line arguments: they take precedence over application.yml (builder
		// properties would not)
		return new SpringApplicationBuilder(MatchingApplication.class).run("--server.port=0",
				"--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
				// the database is taken from the URL when one is set;
				// spring.data.redis.database alone is ignored
				"--spring.data.redis.url=" + infrastructure.redisUrl() + "/" + DATABASE,
				"--spring.data.redis.database=" + DATABASE, "--spring.kafka.consumer.group-id=" + group,
				"--duijie.source=" + source);
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	/** The MatchProposed records of this match that this test's contexts published. */
	private static List<MatchProposed> ours(List<ConsumerRecord<String, byte[]>> records, String matchId,
			String source) {
		return records.stream()
			.filter((r) -> matchId.equals(r.key()) && TestProfiles.isProposed(r)
					&& source.equals(KafkaProbe.header(r, CloudEventHeaders.SOURCE)))
			.map(TestProfiles::proposed)
			.toList();
	}

}
