package io.duijie.intake.profiles;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.duijie.contracts.DuijieEvent;
import io.duijie.contracts.EventType;
import io.duijie.intake.system.IntakeProperties;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * The only user of {@link KafkaTemplate} in intake-service. Every send waits for the
 * broker's acknowledgement ({@code acks=all}) for at most
 * {@code duijie.intake.publish-timeout}; the caller answers the client only after it. The
 * platform's serializer writes the event as a CloudEvent (binary mode headers) and a
 * {@code null} value as a tombstone.
 */
@Component
public class IntakeEventPublisher {

	private final KafkaTemplate<String, Object> kafka;

	private final Duration timeout;

	public IntakeEventPublisher(KafkaTemplate<String, Object> kafka, IntakeProperties properties) {
		this.kafka = kafka;
		this.timeout = properties.publishTimeout();
	}

	/**
	 * Publishes an event to its topic ({@link EventType#topic()}) under its key, and
	 * waits for the ack.
	 */
	public void publish(DuijieEvent event) {
		send(EventType.of(event).topic(), event.key(), event);
	}

	/**
	 * Publishes a tombstone (null value) for a key of a compacted topic, and waits for
	 * the ack.
	 */
	public void publishTombstone(String topic, String key) {
		send(topic, key, null);
	}

	private void send(String topic, String key, @Nullable Object value) {
		try {
			this.kafka.send(new ProducerRecord<>(topic, key, value))
				.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			throw new BrokerUnavailableException(
					"No acknowledgement from the broker for " + topic + " within " + this.timeout, ex);
		}
		catch (ExecutionException ex) {
			throw new BrokerUnavailableException("The broker refused a record for " + topic,
					(ex.getCause() != null) ? ex.getCause() : ex);
		}
		catch (KafkaException | org.springframework.kafka.KafkaException ex) {
			throw new BrokerUnavailableException("Could not send a record to " + topic, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BrokerUnavailableException("Interrupted while waiting for the broker", ex);
		}
	}

}
