package io.duijie.notification.delivery;

import io.duijie.contracts.MatchEvent;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchRetracted;
import io.duijie.contracts.Topics;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code matches}. Anything this throws is retried with back-off by the
 * platform's error handler and finally dead-lettered to {@code matches-dlt}; invalid
 * records never get here.
 */
@Component
class MatchesListener {

	private final Notifier notifier;

	MatchesListener(Notifier notifier) {
		this.notifier = notifier;
	}

	// a record may wait on SMTP and a webhook for two recipients (worst case about 45 s
	// with the configured
	// timeouts): ten per poll stay below the platform's max.poll.interval.ms of 10
	// minutes
	@KafkaListener(id = "notification-matches", idIsGroup = false, topics = Topics.MATCHES,
			properties = "max.poll.records=10")
	void on(@Payload(required = false) @Nullable MatchEvent event) {
		if (event instanceof MatchProposed proposed) {
			this.notifier.proposed(proposed);
		}
		else if (event instanceof MatchRetracted retracted) {
			this.notifier.retracted(retracted);
		}
	}

}
