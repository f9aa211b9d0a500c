package io.duijie.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.duijie.contracts.Channel;
import io.duijie.notification.preferences.PreferencesStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what {@link Deferrals} held back once it is due: quiet-hours deliveries at the
 * end of the quiet hours, and one digest e-mail per recipient at their digest time. Runs
 * on every instance; the Redis lease lets one instance take each item. A delivery whose
 * channel the recipient has meanwhile turned off (e.g. unsubscribed) is dropped.
 */
@Component
class HeldBackDeliveries {

	private static final Logger logger = LoggerFactory.getLogger(HeldBackDeliveries.class);

	private static final int BATCH = 100;

	/** Long enough for a batch; a dead instance's items come back after it. */
	private static final Duration LEASE = Duration.ofMinutes(5);

	private static final Duration RETRY = Duration.ofMinutes(1);

	private final Deferrals deferrals;

	private final Notifier notifier;

	private final DeliveryClaims claims;

	private final EmailChannel email;

	private final DeliveryMetrics metrics;

	private final NotificationEventPublisher publisher;

	private final PreferencesStore preferences;

	private final Clock clock;

	HeldBackDeliveries(Deferrals deferrals, Notifier notifier, DeliveryClaims claims, EmailChannel email,
			DeliveryMetrics metrics, NotificationEventPublisher publisher, PreferencesStore preferences, Clock clock) {
		this.deferrals = deferrals;
		this.notifier = notifier;
		this.claims = claims;
		this.email = email;
		this.metrics = metrics;
		this.publisher = publisher;
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
			if (!stillWanted(delivery.recipient().id(), delivery.channel())) {
				this.deferrals.done(delivery);
				continue;
			}
			try {
				this.notifier.deliverHeldBack(delivery);
				this.deferrals.done(delivery);
			}
			catch (Exception ex) {
				logger.warn("Held-back {} failed ({}); again in {}", delivery.notificationId(), ex.getClass().getName(),
						RETRY);
				this.deferrals.retryLater(Deferrals.DEFERRED, delivery.notificationId(), RETRY);
			}
		}
	}

	void sendDigests() {
		for (String recipientId : this.deferrals.dueDigests(BATCH, LEASE)) {
			Map<String, Delivery> items = this.deferrals.digestItems(recipientId);
			if (items.isEmpty() || !stillWanted(recipientId, Channel.EMAIL)) {
				this.deferrals.digestDone(recipientId, List.copyOf(items.keySet()));
				continue;
			}
			List<Delivery> claimed = new ArrayList<>();
			for (Delivery delivery : items.values()) {
				if (this.claims.claim(delivery.notificationId())) {
					claimed.add(delivery);
				}
				else {
					this.metrics.duplicate(Channel.EMAIL);
				}
			}
			if (claimed.isEmpty()) {
				this.deferrals.digestDone(recipientId, List.copyOf(items.keySet()));
				continue;
			}
			Recipient recipient = claimed.get(claimed.size() - 1).recipient();
			LocalDate day = this.clock.instant().atZone(recipient.preferences().zone()).toLocalDate();
			String digestId = Delivery.notificationId("digest", day.toString() + "-" + claimed.size(), recipientId,
					Channel.EMAIL);
			try {
				String detail = this.email.sendDigest(recipient, digestId,
						claimed.stream().map(Delivery::message).toList(), day);
				for (Delivery delivery : claimed) {
					this.metrics.delivered(Channel.EMAIL);
					try {
						this.publisher.delivered(delivery, detail);
					}
					catch (RuntimeException ex) {
						logger.error("Digest {} sent but NotificationDelivered of {} not published", digestId,
								delivery.notificationId(), ex);
					}
				}
				logger.info("Digest {} delivered with {} notifications", digestId, claimed.size());
				this.deferrals.digestDone(recipientId, List.copyOf(items.keySet()));
			}
			catch (Exception ex) {
				claimed.forEach((delivery) -> this.claims.release(delivery.notificationId()));
				this.metrics.failed(Channel.EMAIL);
				logger.warn("Digest {} failed ({}); again in {}", digestId, ex.getClass().getName(), RETRY);
				this.deferrals.retryLater(Deferrals.DIGEST_DUE, recipientId, RETRY);
			}
		}
	}

	private boolean stillWanted(String recipientId, Channel channel) {
		return this.preferences.get(recipientId).channels().contains(channel);
	}

}
