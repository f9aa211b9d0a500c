package io.duijie.notification.delivery;

import java.time.Instant;

import io.duijie.contracts.Channel;
import io.duijie.contracts.MatchProposed;
import io.duijie.notification.preferences.Preferences;
import org.jspecify.annotations.Nullable;

/**
 * One notification, to one recipient, on one channel. Stored as JSON (without the webhook
 * secret) in the ledger while it waits for a retry, and in Redis while quiet hours or the
 * daily digest hold it back, so it must stay Jackson-serialisable.
 *
 * @param notificationId {@code <aggregateId>/<revision>/<recipientId>/<channel>}, e.g.
 * {@code <matchId>/e2-p1/<recipientId>/EMAIL} or
 * {@code <meetingId>/moved-1/<recipientId>/EMAIL}: the same on every attempt, and carried
 * to the receiver (webhook-id, Message-ID, inbox item id)
 * @param message what it says
 */
record Delivery(String notificationId, Channel channel, Recipient recipient, Message message) {

	static String notificationId(String aggregateId, String revision, String recipientId, Channel channel) {
		return aggregateId + "/" + revision + "/" + recipientId + "/" + channel.name();
	}

	/** The proposal this delivery is about, or {@code null} for the other kinds. */
	@Nullable MatchProposed match() {
		return this.message.match();
	}

	/** When the event this notifies about happened: the start of the delivery latency. */
	Instant occurredAt() {
		return this.message.occurredAt();
	}

	/** This delivery as the ledger keeps it: without the webhook secret. */
	Delivery forStorage() {
		return withPreferences(this.recipient.preferences().withoutSecret());
	}

	/**
	 * This delivery with the recipient's current preferences, as a retry uses them (a
	 * fixed webhook URL or address applies); the e-mail override of the new preferences
	 * wins over the stored address.
	 */
	Delivery withPreferences(Preferences preferences) {
		Recipient current = new Recipient(this.recipient.id(), this.recipient.type(), this.recipient.greetingName(),
				(preferences.email() != null) ? preferences.email() : this.recipient.email(), preferences);
		return new Delivery(this.notificationId, this.channel, current, this.message);
	}

}
