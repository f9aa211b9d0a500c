package io.duijie.intake;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.duijie.contracts.CloudEventHeaders;
import io.duijie.contracts.DuijieEvent;
import io.duijie.contracts.EventType;
import io.duijie.testsupport.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Helpers of the lead pipeline tests: requests and a producer of other services' events.
 */
final class Leads {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private Leads() {
	}

	/** A new enterprise (深圳) through the API; its id. */
	static String enterprise(Http http) {
		HttpResponse<String> response = http.post("/api/enterprises",
				TestProfiles.enterprise(TestProfiles.creditCode()));
		assertThat(response.statusCode()).isEqualTo(202);
		return Http.json(response).path("id").asString();
	}

	static String register(String enterpriseId, String cluster, String owner) {
		return """
				{"enterpriseId": "%s", "cluster": "%s", "parkName": "清远高新区", "source": "FAIR",
				 "fairId": "fair-2025-foshan", "owner": "%s", "by": "%s", "at": "2025-06-01T09:00:00+08:00",
				 "note": "对接会上表达扩产意向"}
				""".formatted(enterpriseId, cluster, owner, owner);
	}

	static String stage(String stage, String note, String by) {
		return (note == null) ? """
				{"stage": "%s", "by": "%s"}
				""".formatted(stage, by) : """
				{"stage": "%s", "note": "%s", "by": "%s"}
				""".formatted(stage, note, by);
	}

	static HttpResponse<String> post(Http http, String path, String json, String language) {
		return http.send(HttpRequest.newBuilder(http.uri(path))
			.header("Content-Type", "application/json")
			.header("Accept-Language", language)
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
	}

	static JsonNode ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
		return Http.json(response);
	}

	/** {@code field code} of every error of a problem. */
	static List<String> errors(HttpResponse<String> response) {
		return Http.json(response)
			.path("errors")
			.valueStream()
			.map((e) -> e.path("field").asString() + " " + e.path("code").asString())
			.toList();
	}

	static String message(HttpResponse<String> response, String field) {
		return Http.json(response)
			.path("errors")
			.valueStream()
			.filter((e) -> field.equals(e.path("field").asString()))
			.map((e) -> e.path("message").asString())
			.findFirst()
			.orElseThrow();
	}

	/** Sends an event as its writing service would: CloudEvents binary mode. */
	static void produce(DuijieEvent event) {
		EventType type = EventType.of(event);
		KafkaProbe.send(type.topic(), event.key(),
				Map.of(CloudEventHeaders.SPEC_VERSION, "1.0", CloudEventHeaders.ID, event.eventId(),
						CloudEventHeaders.TYPE, type.type(), CloudEventHeaders.SOURCE, "/duijie/matching-service",
						CloudEventHeaders.TIME, event.occurredAt().toString(), CloudEventHeaders.CONTENT_TYPE,
						"application/json"),
				JSON.writeValueAsBytes(event));
	}

	static List<ConsumerRecord<String, byte[]>> forKey(List<ConsumerRecord<String, byte[]>> records, String key) {
		return records.stream().filter((r) -> key.equals(r.key())).toList();
	}

}
