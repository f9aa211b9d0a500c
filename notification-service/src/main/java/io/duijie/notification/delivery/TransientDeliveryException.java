package io.duijie.notification.delivery;

/**
 * A failure worth retrying that is not an exception of the transport itself, e.g. a chat
 * robot that answers 200 with a rate-limit error code. The reason never holds contact
 * details.
 */
class TransientDeliveryException extends RuntimeException {

	TransientDeliveryException(String reason) {
		super(reason);
	}

}
