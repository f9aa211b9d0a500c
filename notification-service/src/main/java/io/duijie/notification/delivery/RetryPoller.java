package io.duijie.notification.delivery;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Makes the later attempts: every {@code poll-interval} it takes the due entries of the
 * ledger (retries whose back-off ended, leases of senders that died) and sends them, on
 * its own thread, so that no Kafka listener ever waits for a back-off. Several instances
 * may poll: taking an entry renews its lease atomically, so only one sends it.
 */
@Component
class RetryPoller implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(RetryPoller.class);

	private final DeliveryEngine engine;

	private final DeliveryProperties properties;

	private volatile @Nullable ScheduledExecutorService executor;

	RetryPoller(DeliveryEngine engine, DeliveryProperties properties) {
		this.engine = engine;
		this.properties = properties;
	}

	@Override
	public void start() {
		ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "delivery-retries");
			thread.setDaemon(true);
			return thread;
		});
		long interval = this.properties.retry().pollInterval().toMillis();
		started.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
		this.executor = started;
	}

	private void poll() {
		try {
			int batch = this.properties.retry().batchSize();
			// keep going while full batches come back
			while (this.executor != null && this.engine.resendDue(batch) == batch) {
				logger.debug("Full batch of due deliveries; polling again at once");
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Polling due deliveries failed ({}); trying again", ex.getClass().getName());
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = this.executor;
		this.executor = null;
		if (running != null) {
			running.shutdown();
			try {
				running.awaitTermination(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

	/** After the ledger's start-up rebuild; stopped before Redis and Kafka clients go. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1000;
	}

}
