package io.duijie.notification.delivery;

import java.util.List;

/**
 * One or more channels failed for a match record. Their claims were released, so the
 * retried record delivers them (and skips those that succeeded). Carries only the
 * failure's type, never its message or cause: SMTP and HTTP errors may quote addresses,
 * and this exception is logged and copied into dead-letter headers.
 */
class DeliveryFailedException extends RuntimeException {

	DeliveryFailedException(List<String> notificationIds, Exception first) {
		super("Delivery failed for " + notificationIds + " (" + first.getClass().getName() + ")");
	}

}
