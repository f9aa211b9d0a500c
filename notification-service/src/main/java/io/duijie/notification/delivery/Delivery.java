package io.duijie.notification.delivery;

import io.duijie.contracts.Channel;
import io.duijie.contracts.MatchProposed;
import org.jspecify.annotations.Nullable;

/**
 * One notification, to one recipient, on one channel.
 *
 * @param notificationId {@code <aggregateId>/<revision>/<recipientId>/<channel>}, e.g.
 * {@code <matchId>/e2-p1/<recipientId>/EMAIL} or
 * {@code <meetingId>/moved-1/<recipientId>/EMAIL}
 * @param message what it says (JSON-serialisable, so a held-back delivery can wait in
 * Redis)
 */
record Delivery(String notificationId, Channel channel, Recipient recipient, Message message) {

	static String notificationId(String aggregateId, String revision, String recipientId, Channel channel) {
		return aggregateId + "/" + revision + "/" + recipientId + "/" + channel.name();
	}

	/** The proposal this delivery is about, or {@code null} for the other kinds. */
	@Nullable MatchProposed match() {
		return this.message.match();
	}

}
