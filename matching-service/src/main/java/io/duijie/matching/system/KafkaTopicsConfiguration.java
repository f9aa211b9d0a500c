package io.duijie.matching.system;

import io.duijie.contracts.Topics;
import io.duijie.platform.kafka.DuijieTopics;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The topics matching-service declares: {@code matches}, {@code match-feedback} and
 * {@code match-acceptances}, which it writes, and the dead-letter topic of each topic it
 * consumes. The profile topics themselves are intake-service's to declare.
 */
@Configuration(proxyBeanMethods = false)
class KafkaTopicsConfiguration {

	@Bean
	NewTopic matchesTopic(DuijieTopics topics) {
		return topics.events(Topics.MATCHES);
	}

	@Bean
	NewTopic matchFeedbackTopic(DuijieTopics topics) {
		return topics.compacted(Topics.MATCH_FEEDBACK);
	}

	@Bean
	NewTopic matchFeedbackDeadLetterTopic(DuijieTopics topics) {
		return topics.deadLetter(Topics.MATCH_FEEDBACK);
	}

	@Bean
	NewTopic matchAcceptancesTopic(DuijieTopics topics) {
		return topics.events(Topics.MATCH_ACCEPTANCES);
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
