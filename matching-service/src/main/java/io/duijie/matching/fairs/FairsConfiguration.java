package io.duijie.matching.fairs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.duijie.contracts.Topics;
import io.duijie.platform.kafka.DuijieTopics;
import io.duijie.platform.replay.CompactedTopicReplayer;
import io.duijie.platform.replay.StoreRebuilder;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;

/**
 * The fairs' topics and the rebuild of their store. The {@code fairs} topic holds plain
 * JSON, not CloudEvents, so its replay reads raw bytes with a consumer factory of its own
 * (the shared one would reject every record as an unknown event type) through a
 * {@link StoreRebuilder} of its own, in the same start-up phase as the platform's.
 */
@Configuration(proxyBeanMethods = false)
class FairsConfiguration {

	/** A schedule version of 20,000 meetings is about 1.5 MB of JSON. */
	static final int MAX_RECORD_BYTES = 8 * 1024 * 1024;

	@Bean
	NewTopic fairsTopic(DuijieTopics topics) {
		NewTopic topic = topics.compacted(FairJournal.TOPIC);
		Map<String, String> configs = new HashMap<>(topic.configs());
		// large schedule versions; the producer's max.request.size matches
		// (application.yml)
		configs.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_RECORD_BYTES));
		return topic.configs(configs);
	}

	@Bean
	NewTopic fairMeetingsTopic(DuijieTopics topics) {
		return topics.events(Topics.FAIR_MEETINGS);
	}

	/** Fair outcomes: schedules published, meetings checked in, outcomes recorded. */
	/** Kept forever: intake-service rebuilds every fair's funnel from it. */
	@Bean
	NewTopic fairOutcomesTopic(DuijieTopics topics) {
		return topics.history(Topics.FAIR_OUTCOMES);
	}

	@Bean
	NewTopic matchAcceptancesDeadLetterTopic(DuijieTopics topics) {
		return topics.deadLetter(Topics.MATCH_ACCEPTANCES);
	}

	@Bean
	StoreRebuilder fairStoreRebuilder(FairStore store, ConsumerFactory<String, Object> consumers,
			MeterRegistry meters) {
		Deserializer<Object> raw = (topic, data) -> data;
		DefaultKafkaConsumerFactory<String, Object> rawConsumers = new DefaultKafkaConsumerFactory<>(
				consumers.getConfigurationProperties(), new StringDeserializer(), raw);
		return new StoreRebuilder(List.of(store.rebuildable()), new CompactedTopicReplayer(rawConsumers), meters);
	}

}
