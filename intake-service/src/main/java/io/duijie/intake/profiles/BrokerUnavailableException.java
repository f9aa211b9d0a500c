package io.duijie.intake.profiles;

/**
 * The broker did not acknowledge an event in time, or refused it. The client may retry: a
 * retry is a new version.
 */
public class BrokerUnavailableException extends RuntimeException {

	public BrokerUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
