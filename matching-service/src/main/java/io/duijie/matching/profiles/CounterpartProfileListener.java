package io.duijie.matching.profiles;

import io.duijie.contracts.CounterpartProfileSubmitted;
import io.duijie.contracts.CounterpartProfileWithdrawn;
import io.duijie.contracts.PartnerType;
import io.duijie.contracts.Topics;
import io.duijie.matching.matches.Matchmaker;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code counterpart-profiles}: the event arrives typed and schema-validated
 * (invalid records go to {@code counterpart-profiles-dlt}); a {@code null} value is a
 * tombstone for the record key.
 */
@Component
class CounterpartProfileListener {

	private final Matchmaker matchmaker;

	CounterpartProfileListener(Matchmaker matchmaker) {
		this.matchmaker = matchmaker;
	}

	@KafkaListener(topics = Topics.COUNTERPART_PROFILES)
	void on(ConsumerRecord<@Nullable String, @Nullable Object> record) {
		Object value = record.value();
		if (value instanceof CounterpartProfileSubmitted submitted) {
			this.matchmaker.counterpartSubmitted(submitted);
		}
		else if (value instanceof CounterpartProfileWithdrawn withdrawn) {
			this.matchmaker.partnerWithdrawn(PartnerType.COUNTERPART, withdrawn.counterpartId(), withdrawn.version());
		}
		else if (value == null && record.key() != null) {
			this.matchmaker.partnerWithdrawn(PartnerType.COUNTERPART, record.key(), null);
		}
	}

}
