package io.duijie.matching.fairs;

import io.duijie.contracts.MatchAccepted;
import io.duijie.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code match-acceptances}: a match both sides accepted becomes a MUST request
 * in the open, upcoming fairs where both sides take part (see
 * {@link Fairs#matchAccepted}). Idempotent; failures are retried with back-off, then
 * dead-lettered to {@code match-acceptances-dlt} by the platform's error handler.
 */
@Component
class MatchAcceptedListener {

	private final Fairs fairs;

	MatchAcceptedListener(Fairs fairs) {
		this.fairs = fairs;
	}

	@KafkaListener(topics = Topics.MATCH_ACCEPTANCES)
	void on(ConsumerRecord<@Nullable String, @Nullable Object> record) {
		if (record.value() instanceof MatchAccepted accepted) {
			this.fairs.matchAccepted(accepted);
		}
	}

}
