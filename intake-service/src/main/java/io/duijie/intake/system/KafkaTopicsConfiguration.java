package io.duijie.intake.system;

import io.duijie.contracts.Topics;
import io.duijie.platform.kafka.DuijieTopics;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * intake-service writes the three compacted profile topics, so it declares them. It
 * consumes none (it only replays them to rebuild its store), so it declares no
 * dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
class KafkaTopicsConfiguration {

	@Bean
	NewTopic enterpriseProfilesTopic(DuijieTopics topics) {
		return topics.compacted(Topics.ENTERPRISE_PROFILES);
	}

	@Bean
	NewTopic investorProfilesTopic(DuijieTopics topics) {
		return topics.compacted(Topics.INVESTOR_PROFILES);
	}

	@Bean
	NewTopic counterpartProfilesTopic(DuijieTopics topics) {
		return topics.compacted(Topics.COUNTERPART_PROFILES);
	}

}
