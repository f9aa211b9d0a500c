package io.duijie.matching.matches;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.duijie.contracts.MatchEvent;
import io.duijie.contracts.Topics;
import io.duijie.matching.system.MatchingProperties;
import org.apache.kafka.clients.producer.ProducerRecord;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * The only user of {@link KafkaTemplate} in matching-service: publishes match events on
 * {@code matches} (key = matchId; the platform serializer adds the CloudEvents headers)
 * and waits until the broker has them all, so that the match store is only updated for
 * events that were really published.
 */
@Component
class MatchEventPublisher {

	private final KafkaTemplate<String, Object> template;

	private final MatchingProperties properties;

	MatchEventPublisher(KafkaTemplate<String, Object> template, MatchingProperties properties) {
		this.template = template;
		this.properties = properties;
	}

	void publish(List<? extends MatchEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		CompletableFuture<?>[] sends = events.stream()
			.map((event) -> this.template.send(new ProducerRecord<>(Topics.MATCHES, event.matchId(), event)))
			.toArray(CompletableFuture[]::new);
		try {
			CompletableFuture.allOf(sends).get(this.properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while publishing match events", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not publish " + events.size() + " match events", ex);
		}
	}

}
