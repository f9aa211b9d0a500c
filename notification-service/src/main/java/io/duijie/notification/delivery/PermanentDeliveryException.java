package io.duijie.notification.delivery;

/**
 * A delivery that no retry can fix (an invalid address, a URL the SSRF guard refuses, a
 * receiver that answers 4xx): parked at once with its reason. The reason never holds
 * contact details: it is stored, listed by the API and logged.
 */
class PermanentDeliveryException extends RuntimeException {

	PermanentDeliveryException(String reason) {
		super(reason);
	}

}
