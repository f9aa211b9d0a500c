package io.duijie.platform.replay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * Reads topics from their beginning to the end offsets seen at the start, without a
 * consumer group (no offsets are committed). A record the deserializer rejected is
 * counted and logged, not applied: the listeners already sent it to the dead-letter
 * topic.
 */
public final class CompactedTopicReplayer {

	private static final Logger logger = LoggerFactory.getLogger(CompactedTopicReplayer.class);

	private final ConsumerFactory<String, Object> consumerFactory;

	public CompactedTopicReplayer(ConsumerFactory<String, Object> consumerFactory) {
		this.consumerFactory = consumerFactory;
	}

	/** What a replay read. */
	public record Result(long applied, long rejected) {
	}

	public Result replay(List<String> topics, Consumer<ConsumerRecord<String, Object>> handler) {
		Properties overrides = new Properties();
		overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
		long applied = 0;
		long rejected = 0;
		try (var consumer = this.consumerFactory.createConsumer(null, "replay", null, overrides)) {
			List<TopicPartition> partitions = new ArrayList<>();
			for (String topic : topics) {
				List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
				if (infos != null) {
					infos.forEach((info) -> partitions.add(new TopicPartition(topic, info.partition())));
				}
			}
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
			while (end.entrySet().stream().anyMatch((e) -> consumer.position(e.getKey()) < e.getValue())) {
				ConsumerRecords<String, Object> records = consumer.poll(Duration.ofMillis(500));
				for (ConsumerRecord<String, Object> record : records) {
					if (record.value() == null && record.headers()
						.lastHeader(SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER) != null) {
						rejected++;
						logger.warn("Replay skipped unreadable record {}-{}@{} (it is in the dead-letter topic)",
								record.topic(), record.partition(), record.offset());
						continue;
					}
					handler.accept(record);
					applied++;
				}
			}
		}
		return new Result(applied, rejected);
	}

}
