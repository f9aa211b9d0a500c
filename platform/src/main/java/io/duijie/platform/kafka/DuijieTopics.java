package io.duijie.platform.kafka;

import java.time.Duration;

import io.duijie.contracts.Topics;
import io.duijie.platform.DuijieProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.kafka.config.TopicBuilder;

/**
 * Builds the {@link NewTopic} declarations of a service's topics with the configured
 * partitions and replicas. The writer of a topic declares it; every consumer declares the
 * dead-letter topic of what it consumes.
 */
public final class DuijieTopics {

	private final DuijieProperties.Kafka kafka;

	public DuijieTopics(DuijieProperties.Kafka kafka) {
		this.kafka = kafka;
	}

	/** A profile topic: compacted, so the latest version of every key stays forever. */
	public NewTopic compacted(String name) {
		return TopicBuilder.name(name)
			.partitions(this.kafka.partitions())
			.replicas(this.kafka.replicas())
			.compact()
			// tombstones stay a day so that every consumer sees a withdrawal before
			// compaction removes it
			.config(TopicConfig.DELETE_RETENTION_MS_CONFIG, String.valueOf(Duration.ofDays(1).toMillis()))
			.build();
	}

	/** An event stream: deleted after 30 days. */
	public NewTopic events(String name) {
		return TopicBuilder.name(name)
			.partitions(this.kafka.partitions())
			.replicas(this.kafka.replicas())
			.config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(Duration.ofDays(30).toMillis()))
			.build();
	}

	/**
	 * A history: kept forever, not compacted, for stores rebuilt from every event (a
	 * compacted topic would keep only each key's last event, a 30-day retention would
	 * forget last year's fairs and signed projects). For topics of thousands of events a
	 * year, not millions.
	 */
	public NewTopic history(String name) {
		return TopicBuilder.name(name)
			.partitions(this.kafka.partitions())
			.replicas(this.kafka.replicas())
			.config(TopicConfig.RETENTION_MS_CONFIG, "-1")
			.config(TopicConfig.RETENTION_BYTES_CONFIG, "-1")
			.build();
	}

	/**
	 * The dead-letter topic of a consumed topic: same partitions (the recoverer keeps the
	 * partition), 30 days.
	 */
	public NewTopic deadLetter(String consumed) {
		return events(Topics.deadLetter(consumed));
	}

}
