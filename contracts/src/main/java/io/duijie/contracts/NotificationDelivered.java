package io.duijie.contracts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One notification, on one channel, to one recipient, about one match revision. Key =
 * recipientId.
 *
 * @param notificationId {@code <matchId>/<revision>/<recipientId>/<channel>}: the dedupe
 * key
 */
public record NotificationDelivered(String eventId, Instant occurredAt, String notificationId, String recipientId,
		RecipientType recipientType, Channel channel, String matchId, String revision, DeliveryStatus status,
		@Nullable String detail) implements DuijieEvent {

	@Override
	public String key() {
		return this.recipientId;
	}

	public enum RecipientType {

		ENTERPRISE, STAFF

	}

	public enum DeliveryStatus {

		DELIVERED, FAILED

	}

}
