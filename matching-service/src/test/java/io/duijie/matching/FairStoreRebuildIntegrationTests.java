package io.duijie.matching;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fair state is state Kafka can rebuild: a matching-service whose Redis was wiped reads
 * its fairs, participants, requests, schedule versions, published meetings and check-ins
 * back from the compacted {@code fairs} topic at start-up, and carries on where it was
 * (the next publication continues the sequences). Runs its own contexts (own Redis
 * database, consumer group and CloudEvents source).
 */
class FairStoreRebuildIntegrationTests {

	private static final int DATABASE = 12;

	@BeforeAll
	static void wipe() {
		IsolatedService.flush(DATABASE);
	}

	@Test
	void aFairSurvivesAWipedRedis() {
		String u = TestProfiles.unique("rb");
		String group = TestProfiles.unique("matching-fairs");
		String source = "/duijie/" + TestProfiles.unique("matching-fairs");
		String fairId;
		String r1;
		List<String> before;
		try (IsolatedService first = IsolatedService.start(DATABASE, group, source)) {
			FairsApi api = api(first);
			LocalDate date = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10);
			fairId = api.createFair("{\"name\":\"示例·重建测试对接会 " + u + "\",\"date\":\"" + date
					+ "\",\"sessions\":[{\"start\":\"14:00\",\"end\":\"15:00\"}],\"meetingMinutes\":25,"
					+ "\"tables\":[{\"name\":\"A-01\"},{\"name\":\"A-02\"}]}");
			api.register(fairId, "{\"id\":\"ent-rb-" + u + "\",\"kind\":\"ENTERPRISE\",\"name\":\"示例·企业甲\","
					+ "\"demands\":\"用地指标\"}");
			api.register(fairId, "{\"id\":\"host-rb-" + u + "\",\"kind\":\"HOST\",\"name\":\"清远市自然资源局\"}");
			api.register(fairId, "{\"id\":\"ent-rb2-" + u + "\",\"kind\":\"ENTERPRISE\",\"name\":\"示例·企业乙\"}");
			r1 = api
				.request(fairId, "{\"from\":\"ent-rb-" + u + "\",\"to\":\"host-rb-" + u + "\",\"strength\":\"MUST\"}")
				.get("id")
				.asString();
			String r2 = api
				.request(fairId, "{\"from\":\"ent-rb2-" + u + "\",\"to\":\"host-rb-" + u + "\",\"strength\":\"LIKE\"}")
				.get("id")
				.asString();
			FairsApi.ok(api.post("/api/fairs/" + fairId + "/schedule", "{}", "en"), 201);
			FairsApi.ok(api.post("/api/fairs/" + fairId + "/schedule/meetings/" + r1 + "/lock", "{}", "en"), 200);
			FairsApi.ok(api.post("/api/fairs/" + fairId + "/schedule/publish", "{}", "en"), 200);
			FairsApi.ok(api.post("/api/fairs/" + fairId + "/schedule/meetings/" + r1 + "/check-in",
					"{\"status\":\"NO_SHOW\"}", "en"), 200);
			assertThat(api.delete("/api/fairs/" + fairId + "/requests/" + r2, "en").statusCode()).isEqualTo(204);
			before = state(api, fairId);
		}

		assertThat(IsolatedService.flush(DATABASE)).isPositive();

		try (IsolatedService second = IsolatedService.start(DATABASE, group, source)) {
			FairsApi api = api(second);
			// rebuilt during start-up, before the web server answered
			assertThat(state(api, fairId)).isEqualTo(before);
			JsonNode schedule = api.getJson("/api/fairs/" + fairId + "/schedule");
			assertThat(schedule.get("status").asString()).isEqualTo("PUBLISHED");
			JsonNode meeting = FairsApi.list(schedule.get("meetings"))
				.stream()
				.filter((m) -> m.get("meetingId").asString().equals(r1))
				.findFirst()
				.orElseThrow();
			assertThat(meeting.get("locked").asBoolean()).isTrue();
			assertThat(meeting.get("checkIn").get("status").asString()).isEqualTo("NO_SHOW");
			// what participants were told survived too: publishing again cancels the
			// withdrawn request's meeting with sequence 1, in a new version (the
			// published
			// one stays as it was)
			JsonNode published = FairsApi.ok(api.post("/api/fairs/" + fairId + "/schedule/publish", "{}", "en"), 200);
			assertThat(published.get("cancelled").asInt()).isEqualTo(1);
			assertThat(published.get("scheduled").asInt()).isZero();
			assertThat(published.get("schedule").get("version").asInt()).isEqualTo(2);
			assertThat(published.get("schedule").get("origin").asString()).isEqualTo("REVIEW");
			JsonNode first = api.getJson("/api/fairs/" + fairId + "/schedule/versions/1");
			assertThat(first.get("meetings").toString())
				.isEqualTo(TestProfiles.JSON.readTree(before.get(5)).get("meetings").toString());
			assertThat(FairsApi.list(first.get("meetings"))).hasSize(2);
			assertThat(FairsIntegrationTests.summary(FairsIntegrationTests.events(fairId)))
				.contains("SCHEDULED " + r1 + " 0")
				.anyMatch((e) -> e.startsWith("CANCELLED ") && e.endsWith(" 1"));
		}
	}

	private static FairsApi api(IsolatedService service) {
		return new FairsApi(Integer.parseInt(service.bean(Environment.class).getRequiredProperty("local.server.port")));
	}

	private static List<String> state(FairsApi api, String fairId) {
		return List
			.of("/api/fairs/" + fairId, "/api/fairs/" + fairId + "/participants", "/api/fairs/" + fairId + "/requests",
					"/api/fairs/" + fairId + "/schedule", "/api/fairs/" + fairId + "/schedule/versions",
					"/api/fairs/" + fairId + "/schedule/versions/1")
			.stream()
			.map((path) -> api.getJson(path).toString())
			.toList();
	}

}
