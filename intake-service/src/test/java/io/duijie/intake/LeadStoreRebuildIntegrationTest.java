package io.duijie.intake;

import java.time.Instant;

import io.duijie.contracts.FairSchedulePublished;
import io.duijie.contracts.MatchEvent;
import io.duijie.contracts.MatchFeedbackGiven;
import io.duijie.contracts.PartnerType;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leads and timelines live in Redis only as a copy of the topics: a service that starts
 * on an emptied Redis database gives back every lead as it was (stage, amounts, owner,
 * history), every timeline and every fair funnel, and carries on with the next version.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LeadStoreRebuildIntegrationTest {

	private static final int DATABASE = 8;

	@LocalServerPort
	private int port;

	@Test
	void leadsAndTimelinesComeBackFromTheTopicsWhenRedisIsEmptied() {
		Http running = new Http(this.port);
		String enterprise = Leads.enterprise(running);
		String id = Leads.ok(running.post("/api/leads", Leads.register(enterprise, "生物医药", "staff-qy-060")))
			.path("id")
			.asString();
		Leads.ok(running.post("/api/leads/" + id + "/stage", Leads.stage("SIGNED", null, "staff-qy-060")));
		Leads.ok(running.post("/api/leads/" + id + "/amounts",
				"{\"contractedCny\": 80000000, \"by\": \"staff-qy-060\"}"));
		Leads.ok(running.post("/api/leads/" + id + "/amounts", "{\"arrivedCny\": 30000000, \"by\": \"staff-qy-060\"}"));
		Leads
			.ok(running.post("/api/leads/" + id + "/handover", "{\"to\": \"staff-qy-061\", \"by\": \"staff-qy-060\"}"));
		String lost = Leads.ok(running.post("/api/leads", Leads.register(enterprise, "生物医药", "staff-qy-060")))
			.path("id")
			.asString();
		Leads.ok(running.post("/api/leads/" + lost + "/stage", Leads.stage("LOST", "迁往苏州", "staff-qy-060")));
		Leads.produce(new MatchFeedbackGiven("rb-" + TestProfiles.unique(), Instant.parse("2025-06-03T02:00:00Z"),
				MatchEvent.matchId(enterprise, "cp-bio"), enterprise, "cp-bio", PartnerType.COUNTERPART,
				MatchFeedbackGiven.Side.PARTNER, MatchFeedbackGiven.Decision.ACCEPT, null, null));
		String fair = "fair-rebuild-" + TestProfiles.unique();
		Leads.produce(new FairSchedulePublished("rb-" + TestProfiles.unique(), Instant.parse("2025-06-19T02:00:00Z"),
				fair, "示例对接会", "2025-06-20", 3, 20, 16));
		Awaitility.await()
			.until(() -> Http.json(running.get("/api/leads/" + id + "/timeline")).path("entries").size() == 6);
		Awaitility.await()
			.until(() -> Http.json(running.get("/api/analytics/fairs/" + fair)).path("requested").asLong() == 20);
		JsonNode funnelBefore = Http.json(running.get("/api/analytics/fairs/" + fair));
		JsonNode before = Http.json(running.get("/api/leads/" + id));
		JsonNode timelineBefore = Http.json(running.get("/api/leads/" + id + "/timeline"));

		IsolatedIntake.flush(DATABASE);
		ConfigurableApplicationContext restarted = IsolatedIntake.start(DATABASE, "intake-lead-rebuild");
		try {
			Http http = new Http(IsolatedIntake.port(restarted));
			JsonNode after = Http.json(http.get("/api/leads/" + id));
			assertThat(after).isEqualTo(before);
			assertThat(after.path("arrivedCny").asLong()).isEqualTo(30_000_000L);
			assertThat(after.path("owner").asString()).isEqualTo("staff-qy-061");
			assertThat(Http.json(http.get("/api/leads/" + lost)).path("stage").asString()).isEqualTo("LOST");
			assertThat(Http.json(http.get("/api/leads/" + id + "/timeline"))).isEqualTo(timelineBefore);
			assertThat(Http.json(http.get("/api/analytics/fairs/" + fair))).isEqualTo(funnelBefore);
			assertThat(IsolatedIntake.keys(DATABASE)).contains("duijie:intake:leads:rebuilt",
					"duijie:intake:timeline:rebuilt", "duijie:intake:fairs:rebuilt", "duijie:intake:lead:" + id,
					"duijie:intake:timeline:" + enterprise);

			JsonNode next = Leads
				.ok(http.post("/api/leads/" + id + "/stage", Leads.stage("STARTED", null, "staff-qy-061")));
			assertThat(next.path("version").asLong()).isEqualTo(6);
		}
		finally {
			restarted.close();
		}
	}

}
