package io.duijie.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.duijie.contracts.Channel;
import io.duijie.notification.preferences.Preferences;
import io.duijie.notification.preferences.PreferencesStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what {@link Deferrals} held back once it is due: quiet-hours deliveries at the
 * end of the quiet hours, and one digest e-mail per recipient at their digest time. Both
 * go out through the {@link DeliveryEngine}, so they are claimed in the ledger only now,
 * once (a held-back delivery redelivered by Kafka is held once, keyed by its id), and a
 * failure is retried with back-off or parked like any other delivery. A digest is one
 * delivery ({@code digest/<day>-<hash of its items>/<recipientId>/EMAIL}) carrying its
 * items; when it is sent the engine records each item SENT, and items already in the
 * ledger are left out of later digests. Runs on every instance; the Redis lease lets one
 * instance take each item. A delivery whose channel the recipient has meanwhile turned
 * off (e.g. unsubscribed) is dropped.
 */
@Component
class HeldBackDeliveries {

	private static final Logger logger = LoggerFactory.getLogger(HeldBackDeliveries.class);

	private static final int BATCH = 100;

	/** Long enough for a batch; a dead instance's items come back after it. */
	private static final Duration LEASE = Duration.ofMinutes(5);

	/** When Redis or Kafka failed while handing an item to the engine. */
	private static final Duration RETRY = Duration.ofMinutes(1);

	private final Deferrals deferrals;

	private final DeliveryEngine engine;

	private final DeliveryLedger ledger;

	private final DeliveryMetrics metrics;

	private final PreferencesStore preferences;

	private final Clock clock;

	HeldBackDeliveries(Deferrals deferrals, DeliveryEngine engine, DeliveryLedger ledger, DeliveryMetrics metrics,
			PreferencesStore preferences, Clock clock) {
		this.deferrals = deferrals;
		this.engine = engine;
		this.ledger = ledger;
		this.metrics = metrics;
		this.preferences = preferences;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${duijie.notification.held-back-poll-interval:10s}",
			initialDelayString = "${duijie.notification.held-back-poll-interval:10s}")
	void run() {
		try {
			sendHeldBack();
			sendDigests();
		}
		catch (RuntimeException ex) {
			logger.warn("Held-back deliveries: {}", ex.getClass().getName(), ex);
		}
	}

	void sendHeldBack() {
		for (Delivery delivery : this.deferrals.dueHeldBack(BATCH, LEASE)) {
			Preferences current = this.preferences.get(delivery.recipient().id());
			if (!current.channels().contains(delivery.channel())) {
				this.deferrals.done(delivery);
				continue;
			}
			try {
				// the stored copy has no webhook secret: the current preferences bring it
				this.engine.deliver(delivery.withPreferences(current));
				this.deferrals.done(delivery);
			}
			catch (RuntimeException ex) {
				logger.warn("Held-back {} could not be handed over ({}); again in {}", delivery.notificationId(),
						ex.getClass().getName(), RETRY);
				this.deferrals.retryLater(Deferrals.DEFERRED, delivery.notificationId(), RETRY);
			}
		}
	}

	void sendDigests() {
		for (String recipientId : this.deferrals.dueDigests(BATCH, LEASE)) {
			Map<String, Delivery> items = this.deferrals.digestItems(recipientId);
			Preferences current = this.preferences.get(recipientId);
			if (items.isEmpty() || !current.channels().contains(Channel.EMAIL)) {
				this.deferrals.digestDone(recipientId, List.copyOf(items.keySet()));
				continue;
			}
			List<String> ids = new ArrayList<>();
			List<Message> messages = new ArrayList<>();
			Delivery last = null;
			for (Delivery delivery : items.values()) {
				if (this.ledger.find(delivery.notificationId()).isPresent()) {
					// already went out in an earlier digest
					this.metrics.duplicate(Channel.EMAIL);
					continue;
				}
				ids.add(delivery.notificationId());
				messages.add(delivery.message());
				last = delivery;
			}
			if (last == null) {
				this.deferrals.digestDone(recipientId, List.copyOf(items.keySet()));
				continue;
			}
			LocalDate day = this.clock.instant().atZone(current.zone()).toLocalDate();
			Message digest = Message.ofDigest(day, ids, messages);
			Delivery delivery = new Delivery(
					Delivery.notificationId(digest.aggregateId(), digest.revision(), recipientId, Channel.EMAIL),
					Channel.EMAIL, last.recipient(), digest)
				.withPreferences(current);
			try {
				this.engine.deliver(delivery);
				this.deferrals.digestDone(recipientId, List.copyOf(items.keySet()));
			}
			catch (RuntimeException ex) {
				logger.warn("Digest {} could not be handed over ({}); again in {}", delivery.notificationId(),
						ex.getClass().getName(), RETRY);
				this.deferrals.retryLater(Deferrals.DIGEST_DUE, recipientId, RETRY);
			}
		}
	}

}
