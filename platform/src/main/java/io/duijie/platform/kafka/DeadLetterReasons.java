package io.duijie.platform.kafka;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Headers;

import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

/**
 * Exception headers for dead-lettered records that say why. For a record that could not
 * be read, the recoverer's default headers come from the {@code DeserializationException}
 * that {@code ErrorHandlingDeserializer} stored, whose message is always "failed to
 * deserialize"; the reason ("Unknown ce_type …", "… does not match its schema: …") is its
 * cause. These headers append the deepest cause's message to
 * {@code kafka_dlt-exception-message}.
 */
public final class DeadLetterReasons {

	private DeadLetterReasons() {
	}

	/**
	 * The recoverer's exception headers, with the reason (the deepest cause's message) in
	 * the message header.
	 */
	public static void exceptionHeaders(Headers headers, Exception exception, boolean isKey,
			DeadLetterPublishingRecoverer.HeaderNames names) {
		Throwable failure = exception;
		while ((failure instanceof ListenerExecutionFailedException) && failure.getCause() != null) {
			failure = failure.getCause();
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		DeadLetterPublishingRecoverer.HeaderNames.ExceptionInfo info = names.getExceptionInfo();
		replace(headers, isKey ? info.getKeyExceptionFqcn() : info.getExceptionFqcn(), failure.getClass().getName());
		if (!isKey) {
			replace(headers, info.getExceptionCauseFqcn(), root.getClass().getName());
		}
		replace(headers, isKey ? info.getKeyExceptionMessage() : info.getExceptionMessage(), reason(failure, root));
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		replace(headers, isKey ? info.getKeyExceptionStacktrace() : info.getExceptionStacktrace(), trace.toString());
	}

	static String reason(Throwable failure, Throwable root) {
		String message = String.valueOf(failure.getMessage());
		if (root != failure && root.getMessage() != null && !message.contains(root.getMessage())) {
			return message + ": " + root.getMessage();
		}
		return message;
	}

	private static void replace(Headers headers, String name, String value) {
		headers.remove(name);
		headers.add(name, value.getBytes(StandardCharsets.UTF_8));
	}

}
