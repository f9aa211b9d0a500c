package io.duijie.matching.system;

import io.duijie.contracts.Topics;
import io.duijie.platform.kafka.DuijieTopics;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The topics matching-service declares: {@code matches}, which it writes, and the
 * dead-letter topic of each profile topic it consumes. The profile topics themselves are
 * intake-service's to declare.
 */
@Configuration(proxyBeanMethods = false)
class KafkaTopicsConfiguration {

	@Bean
	NewTopic matchesTopic(DuijieTopics topics) {
		return topics.events(Topics.MATCHES);
	}

	@Bean
	NewTopic enterpriseProfilesDeadLetterTopic(DuijieTopics topics) {
		return topics.deadLetter(Topics.ENTERPRISE_PROFILES);
	}

	@Bean
	NewTopic investorProfilesDeadLetterTopic(DuijieTopics topics) {
		return topics.deadLetter(Topics.INVESTOR_PROFILES);
	}

	@Bean
	NewTopic counterpartProfilesDeadLetterTopic(DuijieTopics topics) {
		return topics.deadLetter(Topics.COUNTERPART_PROFILES);
	}

}
