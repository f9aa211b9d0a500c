package io.duijie.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.duijie.testsupport.TestInfrastructure;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redis holds nothing Kafka cannot give back: a service that starts on an emptied Redis
 * database refills it from the compacted profile topics, versions included, withdrawn
 * profiles gone.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StoreRebuildIntegrationTest {

	private static final int DATABASE = 7;

	@LocalServerPort
	private int port;

	@Test
	void aServiceOnAnEmptiedRedisRebuildsItsStoreFromTheTopics() {
		Http running = new Http(this.port);
		String code = TestProfiles.creditCode();
		String enterprise = Http.json(running.post("/api/enterprises", TestProfiles.enterprise(code)))
			.path("id")
			.asString();
		running.post("/api/enterprises", TestProfiles.enterprise(code).replace("示例企业。", "示例企业（第二版）。"));
		String investor = Http
			.json(running.post("/api/investors", TestProfiles.investor("示例基金" + TestProfiles.unique())))
			.path("id")
			.asString();
		String withdrawn = Http
			.json(running.post("/api/counterparts", TestProfiles.parkIndustry("新能源" + TestProfiles.unique())))
			.path("id")
			.asString();
		assertThat(running.delete("/api/counterparts/" + withdrawn).statusCode()).isEqualTo(202);

		String redisUrl = TestInfrastructure.get().redisUrl() + "/" + DATABASE;
		flush(redisUrl);
		ConfigurableApplicationContext restarted = start(redisUrl);
		try {
			Http http = new Http(Integer.parseInt(restarted.getEnvironment().getProperty("local.server.port")));
			JsonNode view = Http.json(http.get("/api/enterprises/" + enterprise));
			assertThat(view.path("version").asLong()).isEqualTo(2);
			assertThat(view.at("/profile/description").asString()).contains("第二版");
			assertThat(http.get("/api/investors/" + investor).statusCode()).isEqualTo(200);
			assertThat(http.get("/api/counterparts/" + withdrawn).statusCode()).isEqualTo(404);
			assertThat(keys(redisUrl)).contains("duijie:intake:rebuilt", "duijie:intake:enterprise:" + enterprise);

			// the version counters came back too: the next submission is version 3, not 1
			JsonNode third = Http.json(http.post("/api/enterprises", TestProfiles.enterprise(code)));
			assertThat(third.path("id").asString()).isEqualTo(enterprise);
			assertThat(third.path("version").asLong()).isEqualTo(3);
		}
		finally {
			restarted.close();
		}
	}

	private static ConfigurableApplicationContext start(String redisUrl) {
		Map<String, String> properties = new LinkedHashMap<>(TestInfrastructure.get().springProperties());
		properties.put("server.port", "0");
		properties.put("spring.data.redis.url", redisUrl);
		properties.put("spring.data.redis.database", String.valueOf(DATABASE));
		properties.put("spring.kafka.consumer.group-id", "intake-rebuild-" + UUID.randomUUID());
		// command-line arguments (each once), so that they win over application.yml;
		// builder properties would not
		String[] args = properties.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(IntakeApplication.class).run(args);
	}

	private static void flush(String redisUrl) {
		RedisClient client = RedisClient.create(redisUrl);
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			connection.sync().flushdb();
			assertThat(connection.sync().dbsize()).isZero();
		}
		finally {
			client.shutdown();
		}
	}

	private static List<String> keys(String redisUrl) {
		RedisClient client = RedisClient.create(redisUrl);
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			return connection.sync().keys("duijie:intake:*");
		}
		finally {
			client.shutdown();
		}
	}

}
