package io.duijie.notification.delivery;

import io.duijie.contracts.MatchAccepted;
import io.duijie.contracts.Topics;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code match-acceptances}: both sides accepted a match. Failures are retried
 * with back-off by the platform's error handler, then dead-lettered to
 * {@code match-acceptances-dlt}.
 */
@Component
class MatchAcceptancesListener {

	private final Notifier notifier;

	MatchAcceptancesListener(Notifier notifier) {
		this.notifier = notifier;
	}

	// up to three recipients on SMTP and webhooks: ten per poll stay well below
	// max.poll.interval.ms
	@KafkaListener(id = "notification-match-acceptances", idIsGroup = false, topics = Topics.MATCH_ACCEPTANCES,
			properties = "max.poll.records=10")
	void on(@Payload(required = false) @Nullable MatchAccepted event) {
		if (event != null) {
			this.notifier.accepted(event);
		}
	}

}
