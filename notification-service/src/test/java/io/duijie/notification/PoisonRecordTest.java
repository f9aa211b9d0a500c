package io.duijie.notification;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.duijie.contracts.CloudEventHeaders;
import io.duijie.contracts.EventType;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.Topics;
import io.duijie.testsupport.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.support.KafkaHeaders;

import static io.duijie.notification.TestEvents.enterprise;
import static io.duijie.notification.TestEvents.match;
import static io.duijie.notification.TestEvents.send;
import static io.duijie.notification.TestEvents.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A record that can never be read goes to {@code matches-dlt} without retries, with the
 * reason in its headers, and does not block the records behind it.
 */
class PoisonRecordTest extends NotificationIntegrationTest {

	@Test
	void garbageGoesToTheDeadLetterTopicAndTheNextRecordIsProcessed() {
		String enterpriseId = unique("ent");
		send(enterprise(enterpriseId, 1, enterpriseId + "@huaxin.example.com", null));
		MatchProposed valid = match(enterpriseId, unique("cp"), 1, 1, null);
		// same key as the valid match: same partition, so the valid one waits behind the
		// garbage
		KafkaProbe.send(Topics.MATCHES, valid.matchId(),
				Map.of(CloudEventHeaders.SPEC_VERSION, "1.0", CloudEventHeaders.ID, unique("poison"),
						CloudEventHeaders.TYPE, EventType.MATCH_PROPOSED.type(), CloudEventHeaders.SOURCE,
						"/duijie/test", CloudEventHeaders.CONTENT_TYPE, "application/json"),
				"{not json at all".getBytes(StandardCharsets.UTF_8));
		send(valid);

		ConsumerRecord<String, byte[]> dead = KafkaProbe.awaitRecord(Topics.deadLetter(Topics.MATCHES),
				valid.matchId());
		assertThat(TestEvents.text(dead.value())).isEqualTo("{not json at all");
		assertThat(KafkaProbe.header(dead, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("failed to deserialize");
		// the reason, as the platform's deserializer gave it
		assertThat(KafkaProbe.header(dead, KafkaHeaders.DLT_EXCEPTION_STACKTRACE))
			.contains("io.duijie.platform.kafka.InvalidEventException", "Not JSON");
		assertThat(KafkaProbe.header(dead, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.MATCHES);
		// a deserialisation failure is classified as not retryable: dead-lettered on the
		// first attempt
		assertThat(KafkaProbe.header(dead, KafkaHeaders.DLT_EXCEPTION_FQCN))
			.isEqualTo("org.springframework.kafka.support.serializer.DeserializationException");

		await().atMost(WAIT).untilAsserted(() -> assertThat(inbox(enterpriseId)).hasSize(1));
		assertThat(inbox(enterpriseId).get(0).get("matchId").asString()).isEqualTo(valid.matchId());
	}

}
