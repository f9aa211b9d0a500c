package io.duijie.intake.leads;

import io.duijie.contracts.Topics;
import io.duijie.platform.DuijieProperties;
import io.duijie.platform.kafka.DuijieTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * intake-service writes {@code leads}, so it declares it; it consumes {@code matches},
 * {@code match-feedback}, {@code fair-meetings} and {@code fair-outcomes} (written and
 * declared by matching-service) for the timelines, so it declares their dead-letter
 * topics.
 */
@Configuration(proxyBeanMethods = false)
class LeadsTopicConfiguration {

	/**
	 * Kept forever and not compacted: the lead store is rebuilt from every event of every
	 * lead (compaction would keep only a lead's last event, a 30-day retention would
	 * forget last year's signed projects). A park records thousands of events a year, not
	 * millions.
	 */
	@Bean
	NewTopic leadsTopic(DuijieProperties properties) {
		return TopicBuilder.name(Topics.LEADS)
			.partitions(properties.kafka().partitions())
			.replicas(properties.kafka().replicas())
			.config(TopicConfig.RETENTION_MS_CONFIG, "-1")
			.config(TopicConfig.RETENTION_BYTES_CONFIG, "-1")
			.build();
	}

	@Bean
	NewTopic matchesDeadLetterTopicForTimelines(DuijieTopics topics) {
		return topics.deadLetter(Topics.MATCHES);
	}

	@Bean
	NewTopic matchFeedbackDeadLetterTopicForTimelines(DuijieTopics topics) {
		return topics.deadLetter(Topics.MATCH_FEEDBACK);
	}

	@Bean
	NewTopic fairMeetingsDeadLetterTopicForTimelines(DuijieTopics topics) {
		return topics.deadLetter(Topics.FAIR_MEETINGS);
	}

	@Bean
	NewTopic fairOutcomesDeadLetterTopicForTimelines(DuijieTopics topics) {
		return topics.deadLetter(Topics.FAIR_OUTCOMES);
	}

}
