package io.duijie.matching.feedback;

import io.duijie.contracts.MatchFeedbackGiven;
import io.duijie.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code match-feedback} (written by this service's API): the topic, not the
 * request, is where a decision takes effect, so the ledger and the topic never disagree.
 */
@Component
class FeedbackListener {

	private final FeedbackLedger ledger;

	FeedbackListener(FeedbackLedger ledger) {
		this.ledger = ledger;
	}

	@KafkaListener(topics = Topics.MATCH_FEEDBACK)
	void on(ConsumerRecord<@Nullable String, @Nullable Object> record) {
		if (record.value() instanceof MatchFeedbackGiven feedback) {
			this.ledger.apply(feedback, true);
		}
	}

}
