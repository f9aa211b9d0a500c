package io.duijie.notification.delivery;

import java.time.Instant;

import io.duijie.contracts.Channel;
import org.jspecify.annotations.Nullable;

/**
 * The state of one delivery, as the compacted ledger topic holds it (key =
 * notificationId) and as the deliveries API shows it.
 *
 * @param notificationId {@code <aggregate>/<revision or event>/<recipientId>/<CHANNEL>}
 * @param status where the delivery stands
 * @param channel its channel
 * @param recipientId its recipient
 * @param attempts attempts made so far
 * @param updatedAt when the status was recorded
 * @param dueAt when the next attempt is due (RETRY only)
 * @param reason why the last attempt failed (RETRY, FAILED), without contact details
 * @param delivery what to send again (RETRY, FAILED only; never for SENT)
 */
record LedgerEntry(String notificationId, Status status, Channel channel, String recipientId, int attempts,
		Instant updatedAt, @Nullable Instant dueAt, @Nullable String reason, @Nullable Delivery delivery) {

	/** Where a delivery stands. */
	enum Status {

		/**
		 * Claimed and being attempted (Redis only: a lease, never written to the topic).
		 */
		SENDING,

		/** Delivered: never sent again. */
		SENT,

		/** Failed transiently; the next attempt is due at {@code dueAt}. */
		RETRY,

		/** Parked: failed permanently or too often; only the retry API sends it again. */
		FAILED

	}

}
