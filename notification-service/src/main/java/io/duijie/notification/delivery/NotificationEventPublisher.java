package io.duijie.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.duijie.contracts.CloudEventHeaders;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.NotificationDelivered;
import io.duijie.contracts.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * The only user of {@link KafkaTemplate} in this service: writes
 * {@link NotificationDelivered} to {@code notification-deliveries} (key = recipientId)
 * and the delivery ledger's entries to its compacted topic (key = notificationId, plain
 * JSON: the ledger is this service's own store, not an event others read). Callers wait
 * for the broker's acknowledgement ({@link #await}) so that a failure surfaces before the
 * ledger's Redis side or the consumer offset moves on.
 */
@Component
class NotificationEventPublisher {

	static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

	private final KafkaTemplate<String, Object> template;

	private final Clock clock;

	NotificationEventPublisher(KafkaTemplate<String, Object> template, Clock clock) {
		this.template = template;
		this.clock = clock;
	}

	/**
	 * Publishes the outcome of a delivery (DELIVERED or FAILED); not awaited here. Only
	 * proposals are recorded on {@code notification-deliveries} (the contract's
	 * notification id is {@code <matchId>/<revision>/…}); a digest publishes one event
	 * per proposal it carries, under that proposal's own notification id.
	 * @return the sends to wait for, or {@code null} if there is nothing to publish
	 */
	@Nullable CompletableFuture<?> outcome(Delivery delivery, NotificationDelivered.DeliveryStatus status,
			@Nullable String detail) {
		Message message = delivery.message();
		if (message.isDigest() && message.items() != null) {
			CompletableFuture<?>[] sent = message.items()
				.stream()
				.filter((item) -> item.match() != null)
				.map((item) -> send(Delivery.notificationId(item.aggregateId(), item.revision(),
						delivery.recipient().id(), delivery.channel()), delivery, item.match(), status, detail))
				.toArray(CompletableFuture<?>[]::new);
			return (sent.length > 0) ? CompletableFuture.allOf(sent) : null;
		}
		MatchProposed match = delivery.match();
		return (match != null) ? send(delivery.notificationId(), delivery, match, status, detail) : null;
	}

	private CompletableFuture<?> send(String notificationId, Delivery delivery, MatchProposed match,
			NotificationDelivered.DeliveryStatus status, @Nullable String detail) {
		NotificationDelivered event = new NotificationDelivered(UUID.randomUUID().toString(), this.clock.instant(),
				notificationId, delivery.recipient().id(), delivery.recipient().type(), delivery.channel(),
				match.matchId(), match.revision(), status, detail);
		return this.template.send(new ProducerRecord<>(Topics.NOTIFICATION_DELIVERIES, event.recipientId(), event));
	}

	/** Writes one ledger entry; not awaited here. */
	CompletableFuture<?> ledger(String topic, String notificationId, byte[] json) {
		ProducerRecord<String, Object> record = new ProducerRecord<>(topic, notificationId, json);
		record.headers()
			.add(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.APPLICATION_JSON.getBytes(StandardCharsets.UTF_8));
		return this.template.send(record);
	}

	/** Waits for the broker to acknowledge; fails with an unchecked exception. */
	static void await(CompletableFuture<?> sent, String notificationId) {
		try {
			sent.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while recording " + notificationId, ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not record " + notificationId, ex);
		}
	}

}
