package io.duijie.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.NotificationDelivered;
import io.duijie.contracts.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * The only user of {@link KafkaTemplate} in this service: writes
 * {@link NotificationDelivered} to {@code notification-deliveries}, key = recipientId,
 * and waits for the broker's acknowledgement so that a failure surfaces in the listener.
 */
@Component
class NotificationEventPublisher {

	private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

	private final KafkaTemplate<String, Object> template;

	private final Clock clock;

	NotificationEventPublisher(KafkaTemplate<String, Object> template, Clock clock) {
		this.template = template;
		this.clock = clock;
	}

	void delivered(Delivery delivery, @Nullable String detail) {
		MatchProposed match = delivery.match();
		if (match == null) {
			// the contract's notification id is <matchId>/<revision>/…: other kinds are
			// not
			// recorded there yet
			return;
		}
		NotificationDelivered event = new NotificationDelivered(UUID.randomUUID().toString(), this.clock.instant(),
				delivery.notificationId(), delivery.recipient().id(), delivery.recipient().type(), delivery.channel(),
				match.matchId(), match.revision(), NotificationDelivered.DeliveryStatus.DELIVERED, detail);
		try {
			this.template.send(new ProducerRecord<>(Topics.NOTIFICATION_DELIVERIES, event.recipientId(), event))
				.get(SEND_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while publishing " + event.notificationId(), ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not publish " + event.notificationId(), ex);
		}
	}

}
