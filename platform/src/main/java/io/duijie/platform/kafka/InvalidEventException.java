package io.duijie.platform.kafka;

import org.apache.kafka.common.errors.SerializationException;

/**
 * A record that can never be processed: unknown or missing CloudEvents attributes,
 * oversized headers, a payload that does not match its schema. Not retried: it goes to
 * the dead-letter topic on the first attempt.
 */
public class InvalidEventException extends SerializationException {

	public InvalidEventException(String message) {
		super(message);
	}

	public InvalidEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
