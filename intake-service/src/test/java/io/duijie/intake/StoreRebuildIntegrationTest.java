package io.duijie.intake;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

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

		IsolatedIntake.flush(DATABASE);
		ConfigurableApplicationContext restarted = IsolatedIntake.start(DATABASE, "intake-rebuild");
		try {
			Http http = new Http(IsolatedIntake.port(restarted));
			JsonNode view = Http.json(http.get("/api/enterprises/" + enterprise));
			assertThat(view.path("version").asLong()).isEqualTo(2);
			assertThat(view.at("/profile/description").asString()).contains("第二版");
			assertThat(http.get("/api/investors/" + investor).statusCode()).isEqualTo(200);
			assertThat(http.get("/api/counterparts/" + withdrawn).statusCode()).isEqualTo(404);
			assertThat(IsolatedIntake.keys(DATABASE)).contains("duijie:intake:rebuilt",
					"duijie:intake:enterprise:" + enterprise);

			// the version counters came back too: the next submission is version 3, not 1
			JsonNode third = Http.json(http.post("/api/enterprises", TestProfiles.enterprise(code)));
			assertThat(third.path("id").asString()).isEqualTo(enterprise);
			assertThat(third.path("version").asLong()).isEqualTo(3);
		}
		finally {
			restarted.close();
		}
	}

}
