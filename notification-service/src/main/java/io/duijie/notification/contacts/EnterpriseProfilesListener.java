package io.duijie.notification.contacts;

import io.duijie.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the contact directory from {@code enterprise-profiles}. Takes the whole record
 * because a tombstone (a {@code null} value) carries its enterprise id only in the key.
 */
@Component
class EnterpriseProfilesListener {

	private final ContactDirectory directory;

	EnterpriseProfilesListener(ContactDirectory directory) {
		this.directory = directory;
	}

	@KafkaListener(id = "notification-enterprise-profiles", idIsGroup = false, topics = Topics.ENTERPRISE_PROFILES)
	void on(ConsumerRecord<String, Object> record) {
		this.directory.apply(record);
	}

}
