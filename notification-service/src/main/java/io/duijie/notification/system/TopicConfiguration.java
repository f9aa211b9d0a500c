package io.duijie.notification.system;

import io.duijie.contracts.Topics;
import io.duijie.platform.kafka.DuijieTopics;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The topics this service declares: the one it writes and the dead-letter topics of the
 * four it consumes. The consumed topics themselves are declared by their writers
 * (matching-service, intake-service).
 */
@Configuration(proxyBeanMethods = false)
class TopicConfiguration {

	@Bean
	NewTopic notificationDeliveriesTopic(DuijieTopics topics) {
		return topics.events(Topics.NOTIFICATION_DELIVERIES);
	}

	@Bean
	NewTopic matchesDeadLetterTopic(DuijieTopics topics) {
		return topics.deadLetter(Topics.MATCHES);
	}

	@Bean
	NewTopic matchAcceptancesDeadLetterTopic(DuijieTopics topics) {
		return topics.deadLetter(Topics.MATCH_ACCEPTANCES);
	}

	@Bean
	NewTopic fairMeetingsDeadLetterTopic(DuijieTopics topics) {
		return topics.deadLetter(Topics.FAIR_MEETINGS);
	}

	@Bean
	NewTopic enterpriseProfilesDeadLetterTopic(DuijieTopics topics) {
		return topics.deadLetter(Topics.ENTERPRISE_PROFILES);
	}

}
