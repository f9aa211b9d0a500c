package io.duijie.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import io.duijie.contracts.Channel;
import io.duijie.contracts.NotificationDelivered.DeliveryStatus;
import io.duijie.notification.preferences.PreferencesStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Sends one delivery at a time through its channel and records the outcome in the
 * {@link DeliveryLedger}: claimed first (a redelivered, replayed or concurrent record
 * finds the claim and sends nothing), then sent, then recorded SENT, RETRY (transient
 * failure: due again after an exponential back-off with jitter) or FAILED (permanent
 * failure, or too many attempts: parked with the reason). Nothing here waits for a retry:
 * the Kafka listener moves on at once and {@link RetryPoller} makes the later attempts,
 * so a failing receiver never holds a partition.
 */
@Component
class DeliveryEngine {

	private static final Logger logger = LoggerFactory.getLogger(DeliveryEngine.class);

	private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);

	private final DeliveryLedger ledger;

	private final PreferencesStore preferences;

	private final NotificationEventPublisher publisher;

	private final DeliveryMetrics metrics;

	private final RetryPolicy policy;

	private final Clock clock;

	/** Deliveries this process is sending now: the poller leaves them alone. */
	private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

	DeliveryEngine(List<ChannelSender> senders, DeliveryLedger ledger, PreferencesStore preferences,
			NotificationEventPublisher publisher, DeliveryMetrics metrics, DeliveryProperties properties, Clock clock) {
		senders.forEach((sender) -> this.senders.put(sender.channel(), sender));
		this.ledger = ledger;
		this.preferences = preferences;
		this.publisher = publisher;
		this.metrics = metrics;
		this.policy = new RetryPolicy(properties.retry(), () -> ThreadLocalRandom.current().nextDouble());
		this.clock = clock;
	}

	/** The sender of a channel, or null if none is configured. */
	@Nullable ChannelSender sender(Channel channel) {
		return this.senders.get(channel);
	}

	/** First attempt of a delivery, unless it was claimed before. */
	void deliver(Delivery delivery) {
		String claim = this.ledger.claim(delivery);
		if (!DeliveryLedger.CLAIMED.equals(claim)) {
			this.metrics.duplicate(delivery.channel());
			logger.debug("Not sent again ({}): {}", claim, delivery.notificationId());
			return;
		}
		attempt(delivery, 1);
	}

	/** The later attempts: due retries and leases of senders that died. */
	int resendDue(int limit) {
		List<DeliveryLedger.Taken> due = this.ledger.takeDue(limit);
		for (DeliveryLedger.Taken taken : due) {
			if (this.inFlight.contains(taken.notificationId())) {
				continue;
			}
			if (taken.delivery() == null) {
				logger.warn("Delivery {} has nothing to send again; claim released", taken.notificationId());
				this.ledger.release(taken.notificationId());
				continue;
			}
			try {
				attempt(refreshed(taken.delivery()), taken.attempts());
			}
			catch (RuntimeException ex) {
				// the lease stays: the next poll after it expires tries again
				logger.warn("Could not record attempt {} of {} ({})", taken.attempts(), taken.notificationId(),
						ex.getClass().getName());
			}
		}
		return due.size();
	}

	/** {@code POST /api/deliveries/{id}/retry}: a parked delivery, sent again now. */
	RetryResult retryParked(String notificationId) {
		DeliveryLedger.Unparked unparked = this.ledger.unpark(notificationId);
		if ("MISSING".equals(unparked.status())) {
			return new RetryResult(RetryResult.Kind.NOT_FOUND, null, null);
		}
		if (!DeliveryLedger.CLAIMED.equals(unparked.status()) || unparked.delivery() == null) {
			return new RetryResult(RetryResult.Kind.NOT_PARKED, unparked.status(), null);
		}
		attempt(refreshed(unparked.delivery()), 1);
		return new RetryResult(RetryResult.Kind.ATTEMPTED, null, this.ledger.find(notificationId).orElse(null));
	}

	/** What became of a request to send a parked delivery again. */
	record RetryResult(Kind kind, @Nullable String status, @Nullable LedgerEntry entry) {

		enum Kind {

			NOT_FOUND, NOT_PARKED, ATTEMPTED

		}

	}

	Optional<LedgerEntry> find(String notificationId) {
		return this.ledger.find(notificationId);
	}

	private Delivery refreshed(Delivery stored) {
		return stored.withPreferences(this.preferences.get(stored.recipient().id()));
	}

	private void attempt(Delivery delivery, int attempts) {
		Channel channel = delivery.channel();
		ChannelSender sender = this.senders.get(channel);
		@Nullable String detail = null;
		FailureClassifier.@Nullable Failure failure = null;
		this.inFlight.add(delivery.notificationId());
		try {
			if (sender == null) {
				throw new PermanentDeliveryException("no sender for channel " + channel);
			}
			detail = sender.send(delivery);
		}
		catch (Exception ex) {
			failure = FailureClassifier.classify(ex);
		}
		finally {
			this.inFlight.remove(delivery.notificationId());
		}
		Instant now = this.clock.instant();
		if (failure == null) {
			this.ledger.record(
					new LedgerEntry(delivery.notificationId(), LedgerEntry.Status.SENT, channel,
							delivery.recipient().id(), attempts, now, null, null, null),
					this.publisher.outcome(delivery, DeliveryStatus.DELIVERED, detail));
			if (delivery.message().isDigest()) {
				recordDigestItems(delivery, attempts, now);
			}
			this.metrics.delivered(channel, Duration.between(delivery.occurredAt(), now));
			logger.info("Delivered {} (attempt {})", delivery.notificationId(), attempts);
			return;
		}
		this.metrics.failed(channel);
		if (!failure.permanent() && this.policy.mayRetry(attempts)) {
			Instant due = now.plus(this.policy.delayAfter(attempts));
			this.ledger.record(new LedgerEntry(delivery.notificationId(), LedgerEntry.Status.RETRY, channel,
					delivery.recipient().id(), attempts, now, due, failure.reason(), delivery), null);
			this.metrics.retried(channel);
			logger.warn("Attempt {} of {} failed ({}); next at {}", attempts, delivery.notificationId(),
					failure.reason(), due);
			return;
		}
		String reason = failure.permanent() ? failure.reason()
				: "gave up after " + attempts + " attempts: " + failure.reason();
		this.ledger.record(
				new LedgerEntry(delivery.notificationId(), LedgerEntry.Status.FAILED, channel,
						delivery.recipient().id(), attempts, now, null, reason, delivery),
				this.publisher.outcome(delivery, DeliveryStatus.FAILED, reason));
		this.metrics.parked(channel);
		logger.warn("Delivery {} parked after attempt {}: {}", delivery.notificationId(), attempts, reason);
	}

	/**
	 * A digest went out: each notification it carried is SENT too, so that a redelivered
	 * record held back again is left out of the next digest.
	 */
	private void recordDigestItems(Delivery digest, int attempts, Instant now) {
		List<Message> items = digest.message().items();
		if (items == null) {
			return;
		}
		for (Message item : items) {
			this.ledger.record(new LedgerEntry(
					Delivery.notificationId(item.aggregateId(), item.revision(), digest.recipient().id(),
							digest.channel()),
					LedgerEntry.Status.SENT, digest.channel(), digest.recipient().id(), attempts, now, null, null,
					null), null);
		}
	}

}
