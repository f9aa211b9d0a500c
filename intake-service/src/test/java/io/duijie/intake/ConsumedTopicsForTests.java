package io.duijie.intake;

import io.duijie.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * In tests no matching-service runs, so nobody declares the topics intake-service's
 * timeline listeners consume: this declares them as their writer does (6 partitions,
 * {@code match-feedback} compacted), before the listeners start.
 */
@Configuration(proxyBeanMethods = false)
class ConsumedTopicsForTests {

	@Bean
	NewTopic matchesForTests() {
		return TopicBuilder.name(Topics.MATCHES).partitions(6).replicas(1).build();
	}

	@Bean
	NewTopic matchFeedbackForTests() {
		return TopicBuilder.name(Topics.MATCH_FEEDBACK).partitions(6).replicas(1).compact().build();
	}

	@Bean
	NewTopic fairMeetingsForTests() {
		return TopicBuilder.name(Topics.FAIR_MEETINGS).partitions(6).replicas(1).build();
	}

	@Bean
	NewTopic fairOutcomesForTests() {
		return TopicBuilder.name(Topics.FAIR_OUTCOMES).partitions(6).replicas(1).build();
	}

}
