package io.duijie.matching.matches;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.duijie.contracts.DuijieEvent;
import io.duijie.contracts.EventType;
import io.duijie.matching.system.MatchingProperties;
import org.apache.kafka.clients.producer.ProducerRecord;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * The only user of {@link KafkaTemplate} in matching-service: publishes events on their
 * topics ({@code matches}, {@code match-feedback}, {@code match-acceptances}; key = the
 * event's key; the platform serializer adds the CloudEvents headers) and waits until the
 * broker has them all, so that Redis is only updated for events that were really
 * published.
 */
@Component
public class MatchEventPublisher {

	private final KafkaTemplate<String, Object> template;

	private final MatchingProperties properties;

	MatchEventPublisher(KafkaTemplate<String, Object> template, MatchingProperties properties) {
		this.template = template;
		this.properties = properties;
	}

	public void publish(List<? extends DuijieEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		CompletableFuture<?>[] sends = events.stream()
			.map((event) -> this.template
				.send(new ProducerRecord<>(EventType.of(event).topic(), event.key(), (Object) event)))
			.toArray(CompletableFuture[]::new);
		try {
			CompletableFuture.allOf(sends).get(this.properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while publishing events", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not publish " + events.size() + " events", ex);
		}
	}

}
