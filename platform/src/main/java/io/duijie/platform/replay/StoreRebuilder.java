package io.duijie.platform.replay;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * At start-up, before the Kafka listener containers start, refills every
 * {@link RebuildableStore} that lost its state from its compacted topics. Records
 * {@code duijie.replay.records} (tags: store, outcome).
 */
public final class StoreRebuilder implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(StoreRebuilder.class);

	private final List<RebuildableStore> stores;

	private final CompactedTopicReplayer replayer;

	private final MeterRegistry meters;

	private volatile boolean running;

	public StoreRebuilder(List<RebuildableStore> stores, CompactedTopicReplayer replayer, MeterRegistry meters) {
		this.stores = stores;
		this.replayer = replayer;
		this.meters = meters;
	}

	@Override
	public void start() {
		for (RebuildableStore store : this.stores) {
			if (store.needsRebuild()) {
				long started = System.nanoTime();
				CompactedTopicReplayer.Result result = this.replayer.replay(store.topics(), store::apply);
				store.rebuilt();
				this.meters.counter("duijie.replay.records", "store", store.name(), "outcome", "applied")
					.increment(result.applied());
				this.meters.counter("duijie.replay.records", "store", store.name(), "outcome", "rejected")
					.increment(result.rejected());
				logger.info("Rebuilt store {} from {}: {} records applied, {} rejected, in {} ms", store.name(),
						store.topics(), result.applied(), result.rejected(), (System.nanoTime() - started) / 1_000_000);
			}
		}
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Before the listener containers ({@code Integer.MAX_VALUE - 100}) and the web
	 * server.
	 */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 2000;
	}

}
