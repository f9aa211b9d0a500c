package io.duijie.intake.leads;

import io.duijie.contracts.Topics;
import io.duijie.platform.kafka.DuijieTopics;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
	 * lead (see {@link DuijieTopics#history}).
	 */
	@Bean
	NewTopic leadsTopic(DuijieTopics topics) {
		return topics.history(Topics.LEADS);
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
