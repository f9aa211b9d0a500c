package io.duijie.notification.delivery;

import io.duijie.contracts.Channel;
import io.duijie.contracts.MatchProposed;

/**
 * One notification about one match revision, to one recipient, on one channel.
 *
 * @param notificationId {@code <matchId>/<revision>/<recipientId>/<channel>}
 */
record Delivery(String notificationId, Channel channel, Recipient recipient, MatchProposed match,
		NotificationTexts.Texts texts) {

	static String notificationId(String matchId, String revision, String recipientId, Channel channel) {
		return matchId + "/" + revision + "/" + recipientId + "/" + channel.name();
	}

}
