package io.duijie.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;

/**
 * Looks at topics from outside the services, as any other client would: raw bytes and
 * headers, no Spring.
 */
public final class KafkaProbe {

	private KafkaProbe() {
	}

	/**
	 * Reads a topic from its beginning until {@code match} holds for the records read, or
	 * fails after 60 s.
	 */
	public static List<ConsumerRecord<String, byte[]>> awaitRecords(String topic,
			Predicate<List<ConsumerRecord<String, byte[]>>> match) {
		List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = consumer()) {
			consumer.subscribe(List.of(topic));
			Awaitility.await("records on " + topic)
				.atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(10))
				.until(() -> {
					consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
					return match.test(seen);
				});
		}
		return seen;
	}

	/** Reads a topic from its beginning until a record with that key arrives. */
	public static ConsumerRecord<String, byte[]> awaitRecord(String topic, String key) {
		List<ConsumerRecord<String, byte[]>> records = awaitRecords(topic,
				(seen) -> seen.stream().anyMatch((r) -> key.equals(r.key())));
		return records.stream().filter((r) -> key.equals(r.key())).findFirst().orElseThrow();
	}

	/**
	 * Sends raw bytes with the given string headers and waits for the broker's
	 * acknowledgement.
	 */
	public static void send(String topic, String key, Map<String, String> headers, byte @Nullable [] value) {
		List<Header> recordHeaders = new ArrayList<>();
		headers.forEach((name, v) -> recordHeaders.add(new RecordHeader(name, v.getBytes(StandardCharsets.UTF_8))));
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
						ProducerConfig.ACKS_CONFIG, "all"),
				new StringSerializer(), new ByteArraySerializer())) {
			producer.send(new ProducerRecord<>(topic, null, key, value, recordHeaders)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not send to " + topic, ex);
		}
	}

	/** A header's value as a string, or {@code null}. */
	public static @Nullable String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private static KafkaConsumer<String, byte[]> consumer() {
		return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestInfrastructure.get().kafkaBootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG,
				"probe-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(),
				new ByteArrayDeserializer());
	}

}
