package io.duijie.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestInfrastructureTest {

	@Test
	void brokerTakesAndGivesBackARecord() {
		KafkaProbe.send("probe-test", "k1", Map.of("ce_type", "probe"), "hello".getBytes(StandardCharsets.UTF_8));
		ConsumerRecord<String, byte[]> record = KafkaProbe.awaitRecord("probe-test", "k1");
		assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("hello");
		assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo("probe");
	}

	@Test
	void redisAnswersOnItsOwnPort() {
		TestInfrastructure infrastructure = TestInfrastructure.get();
		assertThat(infrastructure.redisUrl()).startsWith("redis://").doesNotEndWith(":6379");
		assertThat(infrastructure.springProperties()).containsKeys("spring.kafka.bootstrap-servers",
				"spring.data.redis.url");
	}

}
