package io.duijie.notification.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;

/**
 * Reads one of this service's compacted topics of plain JSON values (the delivery ledger,
 * the preferences) from the beginning to its current end, with no consumer group: the
 * latest value of every key, a tombstone removing it. The profile topics carry
 * CloudEvents and are replayed by platform's {@code CompactedTopicReplayer} instead.
 */
public final class CompactedTopicReader {

	private static final Logger logger = LoggerFactory.getLogger(CompactedTopicReader.class);

	private final ConsumerFactory<String, byte[]> consumers;

	public CompactedTopicReader(ConsumerFactory<?, ?> consumerFactory) {
		Map<String, Object> config = new HashMap<>(consumerFactory.getConfigurationProperties());
		config.remove(ConsumerConfig.GROUP_ID_CONFIG);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
		this.consumers = new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(),
				new ByteArrayDeserializer());
	}

	/**
	 * The latest value of every key.
	 * @param reader reads a record's value; a record it cannot read is logged (its
	 * position, not its content) and skipped
	 */
	public <T> Latest<T> read(String topic, String clientIdSuffix, Function<ConsumerRecord<String, byte[]>, T> reader) {
		Map<String, T> latest = new LinkedHashMap<>();
		long records = 0;
		try (Consumer<String, byte[]> consumer = this.consumers.createConsumer(null, clientIdSuffix, null)) {
			List<TopicPartition> partitions = new ArrayList<>();
			List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
			if (infos != null) {
				infos.forEach((info) -> partitions.add(new TopicPartition(info.topic(), info.partition())));
			}
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
			while (end.entrySet().stream().anyMatch((e) -> consumer.position(e.getKey()) < e.getValue())) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					records++;
					if (record.key() == null) {
						continue;
					}
					if (record.value() == null) {
						latest.remove(record.key());
						continue;
					}
					try {
						latest.put(record.key(), reader.apply(record));
					}
					catch (RuntimeException ex) {
						logger.warn("Replay of {} skipped unreadable record {}-{}@{} ({})", topic, record.topic(),
								record.partition(), record.offset(), ex.getClass().getName());
					}
				}
			}
		}
		return new Latest<>(latest, records);
	}

	/**
	 * @param values the latest value of each key, in the order the keys were first seen
	 * @param records how many records were read
	 */
	public record Latest<T>(Map<String, T> values, long records) {
	}

}
