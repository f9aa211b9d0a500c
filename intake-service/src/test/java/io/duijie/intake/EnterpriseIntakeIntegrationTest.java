package io.duijie.intake;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.duijie.contracts.CloudEventHeaders;
import io.duijie.contracts.EventType;
import io.duijie.contracts.Topics;
import io.duijie.contracts.EventSchemas;
import io.duijie.testsupport.KafkaProbe;
import io.duijie.testsupport.TestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enterprise intake end to end on the real broker and Redis: what a client sees and what
 * lands on {@code enterprise-profiles}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EnterpriseIntakeIntegrationTest {

	private static final String SUBMITTED = EventType.ENTERPRISE_PROFILE_SUBMITTED.type();

	private static final String WITHDRAWN = EventType.ENTERPRISE_PROFILE_WITHDRAWN.type();

	@LocalServerPort
	private int port;

	private Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void publishesAnAcknowledgedCloudEventAndServesTheProfile() {
		String code = TestProfiles.creditCode();
		HttpResponse<String> response = this.http.post("/api/enterprises", TestProfiles.enterprise(code));
		assertThat(response.statusCode()).isEqualTo(202);
		String id = Http.json(response).path("id").asString();
		assertThat(Http.json(response).path("version").asLong()).isEqualTo(1);
		assertThat(response.headers().firstValue("Location")).hasValue("/api/enterprises/" + id);

		ConsumerRecord<String, byte[]> record = KafkaProbe.awaitRecord(Topics.ENTERPRISE_PROFILES, id);
		assertThat(KafkaProbe.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
		assertThat(KafkaProbe.header(record, CloudEventHeaders.TYPE)).isEqualTo(SUBMITTED);
		assertThat(KafkaProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/duijie/intake-service");
		assertThat(KafkaProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
		assertThat(KafkaProbe.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
		assertThat(KafkaProbe.header(record, CloudEventHeaders.TIME)).isNotBlank();
		EventSchemas.assertValid(KafkaProbe.header(record, CloudEventHeaders.TYPE), record.value());
		JsonNode event = Http.json(record.value());
		assertThat(KafkaProbe.header(record, CloudEventHeaders.ID)).isEqualTo(event.path("eventId").asString());
		assertThat(event.path("enterpriseId").asString()).isEqualTo(id);
		assertThat(event.path("version").asLong()).isEqualTo(1);
		assertThat(event.at("/profile/creditCode").asString()).isEqualTo(code);
		assertThat(event.at("/profile/region/code").asString()).isEqualTo("440300");

		HttpResponse<String> found = this.http.get("/api/enterprises/" + id);
		assertThat(found.statusCode()).isEqualTo(200);
		JsonNode view = Http.json(found);
		assertThat(view.path("id").asString()).isEqualTo(id);
		assertThat(view.path("version").asLong()).isEqualTo(1);
		assertThat(view.at("/profile/name").asString()).isEqualTo("示例·深圳锂储能科技有限公司");
		assertThat(view.at("/profile/industryCodes").toString()).isEqualTo("[\"3841\",\"3849\"]");
		assertThat(view.at("/profile/contact/email").asString()).isEqualTo("demo-enterprise-1@example.com");
		assertThat(view.path("updatedAt").asString()).isEqualTo(event.path("occurredAt").asString());
	}

	@Test
	void publishesSizePowerAndRentAsTheSchemaDescribesThem() {
		HttpResponse<String> response = this.http.post("/api/enterprises",
				TestProfiles.enterpriseWithSizePowerAndRent(TestProfiles.creditCode()));
		assertThat(response.statusCode()).isEqualTo(202);
		String id = Http.json(response).path("id").asString();

		ConsumerRecord<String, byte[]> record = KafkaProbe.awaitRecord(Topics.ENTERPRISE_PROFILES, id);
		EventSchemas.assertValid(KafkaProbe.header(record, CloudEventHeaders.TYPE), record.value());
		JsonNode profile = Http.json(record.value()).path("profile");
		assertThat(profile.path("size").asString()).isEqualTo("MEDIUM");
		assertThat(profile.at("/needs/powerKva").asLong()).isEqualTo(2500);
		assertThat(profile.at("/needs/maxRentCnyPerM2Month").asDouble()).isEqualTo(18.5);

		JsonNode view = Http.json(this.http.get("/api/enterprises/" + id));
		assertThat(view.at("/profile/size").asString()).isEqualTo("MEDIUM");
		assertThat(view.at("/profile/needs/powerKva").asLong()).isEqualTo(2500);
	}

	@Test
	void theSameCreditCodeAgainIsANewVersionOfTheSameEnterprise() {
		String code = TestProfiles.creditCode();
		JsonNode first = Http.json(this.http.post("/api/enterprises", TestProfiles.enterprise(code)));
		String changed = TestProfiles.enterprise(code.toLowerCase()).replace("示例企业。", "示例企业（第二版）。");
		HttpResponse<String> second = this.http.post("/api/enterprises", changed);
		assertThat(second.statusCode()).isEqualTo(202);
		String id = first.path("id").asString();
		assertThat(Http.json(second).path("id").asString()).isEqualTo(id);
		assertThat(Http.json(second).path("version").asLong()).isEqualTo(2);

		List<ConsumerRecord<String, byte[]>> records = KafkaProbe.awaitRecords(Topics.ENTERPRISE_PROFILES,
				(seen) -> forKey(seen, id).size() >= 2);
		assertThat(forKey(records, id)).extracting((r) -> Http.json(r.value()).path("version").asLong())
			.containsExactly(1L, 2L);
		forKey(records, id)
			.forEach((r) -> EventSchemas.assertValid(KafkaProbe.header(r, CloudEventHeaders.TYPE), r.value()));

		JsonNode view = Http.json(this.http.get("/api/enterprises/" + id));
		assertThat(view.path("version").asLong()).isEqualTo(2);
		assertThat(view.at("/profile/description").asString()).contains("第二版");
	}

	@Test
	void anInvalidBodyPublishesNothing() {
		String code = TestProfiles.creditCode();
		String invalid = TestProfiles.enterprise(code).replace("demo-enterprise-1@example.com", "not-an-address");
		HttpResponse<String> rejected = this.http.post("/api/enterprises", invalid);
		assertThat(rejected.statusCode()).isEqualTo(400);
		assertThat(rejected.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(Http.json(rejected).at("/errors/0/field").asString()).isEqualTo("contact.email");

		// the same enterprise, valid this time: its record is the first (and only) one
		// with this key
		JsonNode accepted = Http.json(this.http.post("/api/enterprises", TestProfiles.enterprise(code)));
		String id = accepted.path("id").asString();
		assertThat(accepted.path("version").asLong()).isEqualTo(1);
		List<ConsumerRecord<String, byte[]>> records = KafkaProbe.awaitRecords(Topics.ENTERPRISE_PROFILES,
				(seen) -> !forKey(seen, id).isEmpty());
		assertThat(forKey(records, id)).hasSize(1);
		assertThat(Http.json(forKey(records, id).get(0).value()).path("version").asLong()).isEqualTo(1);
	}

	@Test
	void withdrawingPublishesTheWithdrawnEventThenATombstone() {
		JsonNode accepted = Http
			.json(this.http.post("/api/enterprises", TestProfiles.enterprise(TestProfiles.creditCode())));
		String id = accepted.path("id").asString();

		HttpResponse<String> withdrawn = this.http.delete("/api/enterprises/" + id);
		assertThat(withdrawn.statusCode()).isEqualTo(202);
		assertThat(Http.json(withdrawn).path("version").asLong()).isEqualTo(2);

		List<ConsumerRecord<String, byte[]>> records = forKey(KafkaProbe.awaitRecords(Topics.ENTERPRISE_PROFILES,
				(seen) -> forKey(seen, id).stream().anyMatch((r) -> r.value() == null)), id);
		assertThat(records).hasSize(3);
		assertThat(KafkaProbe.header(records.get(0), CloudEventHeaders.TYPE)).isEqualTo(SUBMITTED);
		assertThat(KafkaProbe.header(records.get(1), CloudEventHeaders.TYPE)).isEqualTo(WITHDRAWN);
		EventSchemas.assertValid(WITHDRAWN, records.get(1).value());
		assertThat(Http.json(records.get(1).value()).path("version").asLong()).isEqualTo(2);
		assertThat(records.get(2).value()).isNull();

		HttpResponse<String> gone = this.http.get("/api/enterprises/" + id);
		assertThat(gone.statusCode()).isEqualTo(404);
		assertThat(Http.json(gone).path("type").asString()).isEqualTo("https://duijie.io/problems/not-found");
		assertThat(this.http.delete("/api/enterprises/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void anUnknownIdIsNotFound() {
		HttpResponse<String> response = this.http.get("/api/enterprises/00000000-0000-3000-8000-000000000000");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(this.http.get("/api/investors/nothing").statusCode()).isEqualTo(404);
	}

	@Test
	void refusesAChunkedBodyOverTheLimit() {
		byte[] huge = TestProfiles.enterprise(TestProfiles.creditCode())
			.replace("\"description\": \"示例企业。", "\"description\": \"" + "x".repeat(300 * 1024))
			.getBytes(StandardCharsets.UTF_8);
		// a body publisher of unknown length makes the client send it chunked, without
		// Content-Length
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(this.http.uri("/api/enterprises"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(Http.json(response).path("type").asString())
			.isEqualTo("https://duijie.io/problems/payload-too-large");
	}

	@Test
	void documentsTheApiAndCountsSubmissions() {
		this.http.post("/api/enterprises", TestProfiles.enterprise(TestProfiles.creditCode()));
		HttpResponse<String> docs = this.http.get("/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		JsonNode paths = Http.json(docs).path("paths");
		assertThat(paths.has("/api/enterprises")).isTrue();
		assertThat(paths.has("/api/enterprises/{id}")).isTrue();
		assertThat(paths.has("/api/investors")).isTrue();
		assertThat(paths.has("/api/counterparts/{id}")).isTrue();
		JsonNode schemas = Http.json(docs).at("/components/schemas");
		assertThat(schemas.has("EnterpriseRequest")).isTrue();
		assertThat(schemas.at("/EnterpriseRequest/properties").has("creditCode")).isTrue();
		assertThat(schemas.has("CounterpartRequest")).isTrue();
		assertThat(schemas.at("/EnterpriseRequest/properties/size/enum").toString())
			.isEqualTo("[\"MICRO\",\"SMALL\",\"MEDIUM\",\"LARGE\"]");
		assertThat(schemas.at("/NeedsRequest/properties").has("powerKva")).isTrue();
		assertThat(schemas.at("/NeedsRequest/properties/maxRentCnyPerM2Month/example").asDouble()).isEqualTo(18.5);
		assertThat(schemas.at("/SpaceRequest/properties/type/enum").toString()).contains("\"MAKERSPACE\"",
				"\"ACCELERATOR\"", "\"SCIENCE_PARK\"");
		assertThat(schemas.at("/SpaceRequest/properties").has("powerKva")).isTrue();
		// every error response is an RFC 9457 problem, documented as such
		for (String response : List.of("/~1api~1enterprises/post/responses/400",
				"/~1api~1counterparts~1{id}/get/responses/404", "/~1api~1leads~1{id}~1stage/post/responses/404",
				"/~1api~1imports/post/responses/415")) {
			assertThat(paths.at(response + "/content/application~1problem+json/schema/$ref").asString()).as(response)
				.isEqualTo("#/components/schemas/ProblemDetail");
		}
		assertThat(schemas.at("/ProblemDetail/properties").propertyNames()).contains("type", "title", "status",
				"detail", "instance");
		assertThat(schemas.at("/ChainLinkRequest/properties/position/enum").toString())
			.isEqualTo("[\"UPSTREAM\",\"MIDSTREAM\",\"DOWNSTREAM\"]");
		assertThat(schemas.at("/ChainLinkRequest/required").toString()).contains("\"name\"", "\"position\"");
		assertThat(schemas.at("/CounterpartRequest/properties/chainLinks/maxItems").asInt()).isEqualTo(30);

		String metrics = this.http.get("/actuator/prometheus").body();
		assertThat(metrics).containsPattern(
				"duijie_intake_submissions_total\\{[^}]*kind=\"enterprise\",outcome=\"accepted\"[^}]*} [1-9]");
		assertThat(this.http.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	@Test
	void declaresTheProfileTopicsCompacted() throws Exception {
		try (Admin admin = Admin.create(
				Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers()))) {
			for (String topic : Topics.PROFILE_TOPICS) {
				ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
				Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
				assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).as(topic)
					.isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
				assertThat(admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions())
					.hasSize(6);
			}
		}
	}

	static List<ConsumerRecord<String, byte[]>> forKey(List<ConsumerRecord<String, byte[]>> records, String key) {
		return records.stream().filter((r) -> key.equals(r.key())).toList();
	}

}
