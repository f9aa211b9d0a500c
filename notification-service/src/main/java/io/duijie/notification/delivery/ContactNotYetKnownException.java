package io.duijie.notification.delivery;

/**
 * A match arrived before the enterprise's profile (the two topics race): retried, so that
 * nobody is left out.
 */
class ContactNotYetKnownException extends RuntimeException {

	ContactNotYetKnownException(String enterpriseId, long version) {
		super("No contact of enterprise " + enterpriseId + " at version " + version + " or later yet");
	}

}
