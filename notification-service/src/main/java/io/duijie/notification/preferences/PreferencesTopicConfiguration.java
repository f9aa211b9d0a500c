package io.duijie.notification.preferences;

import io.duijie.notification.system.NotificationProperties;
import io.duijie.platform.kafka.DuijieTopics;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the preferences' topic: compacted only (no time-based deletion), so that the
 * latest preferences of every recipient, an unsubscribe above all, stay as long as the
 * service exists. Its partitions must not be added to later: the store orders a
 * recipient's changes by their offset in one partition.
 */
@Configuration(proxyBeanMethods = false)
class PreferencesTopicConfiguration {

	@Bean
	NewTopic recipientPreferencesTopic(DuijieTopics topics, NotificationProperties properties) {
		return topics.compacted(properties.preferencesTopic());
	}

}
