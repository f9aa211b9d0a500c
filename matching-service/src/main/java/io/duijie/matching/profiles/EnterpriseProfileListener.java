package io.duijie.matching.profiles;

import io.duijie.contracts.EnterpriseProfileSubmitted;
import io.duijie.contracts.EnterpriseProfileWithdrawn;
import io.duijie.contracts.Topics;
import io.duijie.matching.matches.Matchmaker;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code enterprise-profiles}: the event arrives typed and schema-validated
 * (invalid records go to {@code enterprise-profiles-dlt} before reaching here); a
 * {@code null} value is a tombstone for the record key.
 */
@Component
class EnterpriseProfileListener {

	private final Matchmaker matchmaker;

	EnterpriseProfileListener(Matchmaker matchmaker) {
		this.matchmaker = matchmaker;
	}

	@KafkaListener(topics = Topics.ENTERPRISE_PROFILES)
	void on(ConsumerRecord<@Nullable String, @Nullable Object> record) {
		Object value = record.value();
		if (value instanceof EnterpriseProfileSubmitted submitted) {
			this.matchmaker.enterpriseSubmitted(submitted);
		}
		else if (value instanceof EnterpriseProfileWithdrawn withdrawn) {
			this.matchmaker.enterpriseWithdrawn(withdrawn.enterpriseId(), withdrawn.version());
		}
		else if (value == null && record.key() != null) {
			this.matchmaker.enterpriseWithdrawn(record.key(), null);
		}
	}

}
