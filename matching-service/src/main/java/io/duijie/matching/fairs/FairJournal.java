package io.duijie.matching.fairs;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.duijie.matching.system.MatchingProperties;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes fair state on the compacted {@code fairs} topic, matching-service's own
 * changelog (not a contract: no other service reads it): one record per key
 * ({@code <fairId>}, {@code <fairId>/participant/<id>}, {@code <fairId>/request/<id>},
 * {@code <fairId>/version/<n>}, {@code <fairId>/meeting/<id>},
 * {@code <fairId>/attendance/<id>}, {@code candidate/<matchId>}), the value the JSON of
 * the stored record, a tombstone for a removal. The values are plain JSON, not
 * CloudEvents (the platform serializer passes {@code byte[]} through), which is why this
 * class, and not {@code MatchEventPublisher}, sends them. Waits until the broker has
 * every record before the store touches Redis.
 */
@Component
class FairJournal {

	static final String TOPIC = "fairs";

	private final KafkaTemplate<String, Object> template;

	private final MatchingProperties properties;

	FairJournal(KafkaTemplate<String, Object> template, MatchingProperties properties) {
		this.template = template;
		this.properties = properties;
	}

	/**
	 * A record of the journal.
	 *
	 * @param key its key
	 * @param json the stored record, or {@code null} for a tombstone
	 */
	record Entry(String key, byte @Nullable [] json) {
	}

	void write(List<Entry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		CompletableFuture<?>[] sends = entries.stream()
			.map((entry) -> this.template.send(new ProducerRecord<>(TOPIC, entry.key(), (Object) entry.json())))
			.toArray(CompletableFuture[]::new);
		try {
			CompletableFuture.allOf(sends).get(this.properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while writing fair state", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not write " + entries.size() + " fair records", ex);
		}
	}

}
