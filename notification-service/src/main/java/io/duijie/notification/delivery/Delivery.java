package io.duijie.notification.delivery;

import java.time.Instant;

import io.duijie.contracts.Channel;
import io.duijie.contracts.MatchProposed;
import io.duijie.notification.preferences.Preferences;

/**
 * One notification about one match revision, to one recipient, on one channel. Stored in
 * the ledger (without the webhook secret) while it waits for a retry.
 *
 * @param notificationId {@code <matchId>/<revision>/<recipientId>/<channel>}: the same on
 * every attempt, and carried to the receiver (webhook-id, Message-ID, inbox item id)
 */
record Delivery(String notificationId, Channel channel, Recipient recipient, MatchProposed match,
		NotificationTexts.Texts texts) {

	static String notificationId(String matchId, String revision, String recipientId, Channel channel) {
		return matchId + "/" + revision + "/" + recipientId + "/" + channel.name();
	}

	/** When the event this notifies about happened: the start of the delivery latency. */
	Instant occurredAt() {
		return this.match.occurredAt();
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
		return new Delivery(this.notificationId, this.channel, current, this.match, this.texts);
	}

}
