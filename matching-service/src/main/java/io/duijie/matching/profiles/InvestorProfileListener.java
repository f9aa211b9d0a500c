package io.duijie.matching.profiles;

import io.duijie.contracts.InvestorProfileSubmitted;
import io.duijie.contracts.InvestorProfileWithdrawn;
import io.duijie.contracts.PartnerType;
import io.duijie.contracts.Topics;
import io.duijie.matching.matches.Matchmaker;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code investor-profiles}: the event arrives typed and schema-validated
 * (invalid records go to {@code investor-profiles-dlt}); a {@code null} value is a
 * tombstone for the record key.
 */
@Component
class InvestorProfileListener {

	private final Matchmaker matchmaker;

	InvestorProfileListener(Matchmaker matchmaker) {
		this.matchmaker = matchmaker;
	}

	@KafkaListener(topics = Topics.INVESTOR_PROFILES)
	void on(ConsumerRecord<@Nullable String, @Nullable Object> record) {
		Object value = record.value();
		if (value instanceof InvestorProfileSubmitted submitted) {
			this.matchmaker.investorSubmitted(submitted);
		}
		else if (value instanceof InvestorProfileWithdrawn withdrawn) {
			this.matchmaker.partnerWithdrawn(PartnerType.INVESTOR, withdrawn.investorId(), withdrawn.version());
		}
		else if (value == null && record.key() != null) {
			this.matchmaker.partnerWithdrawn(PartnerType.INVESTOR, record.key(), null);
		}
	}

}
