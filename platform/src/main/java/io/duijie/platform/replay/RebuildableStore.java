package io.duijie.platform.replay;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A Redis store that compacted topics can refill. When {@link #needsRebuild()} at
 * start-up, {@link StoreRebuilder} replays its {@link #topics()} from the beginning
 * through {@link #apply}, then calls {@link #rebuilt}, before any listener starts.
 */
public interface RebuildableStore {

	/** A name for logs and metrics. */
	String name();

	List<String> topics();

	/** True when the store lost its state (typically: its marker key is missing). */
	boolean needsRebuild();

	/**
	 * Applies one replayed record. The value is the event read by the CloudEvents
	 * deserializer, or {@code null} for a tombstone. Must be idempotent, as the listeners
	 * may see the same records again afterwards.
	 */
	void apply(ConsumerRecord<String, Object> record);

	/**
	 * Called once the topics were read to their end: set the marker, finish derived
	 * state.
	 */
	void rebuilt();

}
