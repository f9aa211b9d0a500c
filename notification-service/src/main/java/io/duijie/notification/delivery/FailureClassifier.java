package io.duijie.notification.delivery;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import org.jspecify.annotations.Nullable;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Sorts a failed attempt into transient (5xx, 408, 429, timeouts, refused connections,
 * anything unknown: retried with back-off) and permanent (other 4xx, invalid addresses,
 * URLs the SSRF guard refuses: parked at once). The reason it gives is built from types
 * and status codes only, never from exception messages, which may quote addresses.
 */
final class FailureClassifier {

	/** The verdict on one failed attempt. */
	record Failure(boolean permanent, String reason) {
	}

	private FailureClassifier() {
	}

	static Failure classify(Throwable failure) {
		if (failure instanceof PermanentDeliveryException permanent) {
			return new Failure(true, String.valueOf(permanent.getMessage()));
		}
		if (failure instanceof TransientDeliveryException transientFailure) {
			return new Failure(false, String.valueOf(transientFailure.getMessage()));
		}
		if (failure instanceof WebhookGuard.RejectedException rejected) {
			return new Failure(true, "SSRF guard: " + rejected.getMessage());
		}
		if (failure instanceof RestClientResponseException response) {
			int status = response.getStatusCode().value();
			boolean permanent = status >= 400 && status < 500 && status != 408 && status != 429;
			return new Failure(permanent, "HTTP " + status);
		}
		if (failure instanceof MailParseException) {
			return new Failure(true, "invalid e-mail address or message");
		}
		if (failure instanceof MailAuthenticationException) {
			return new Failure(false, "SMTP authentication failed");
		}
		for (@Nullable
		Throwable cause = failure; cause != null; cause = next(cause)) {
			Failure found = byCause(cause);
			if (found != null) {
				return found;
			}
			if (cause instanceof MailSendException send) {
				for (Exception inner : send.getFailedMessages().values()) {
					Failure nested = classifyNested(inner);
					if (nested != null) {
						return nested;
					}
				}
			}
		}
		return new Failure(false, failure.getClass().getSimpleName());
	}

	private static @Nullable Failure classifyNested(Throwable failure) {
		for (@Nullable
		Throwable cause = failure; cause != null; cause = next(cause)) {
			Failure found = byCause(cause);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static @Nullable Throwable next(Throwable cause) {
		return (cause.getCause() != cause) ? cause.getCause() : null;
	}

	private static @Nullable Failure byCause(Throwable cause) {
		if (cause instanceof AddressException) {
			return new Failure(true, "invalid e-mail address");
		}
		if (cause instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
				&& sendFailed.getInvalidAddresses().length > 0) {
			return new Failure(true, "e-mail address rejected by the SMTP server");
		}
		if (cause instanceof HttpConnectTimeoutException) {
			return new Failure(false, "connect timeout");
		}
		if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
			return new Failure(false, "timeout");
		}
		if (cause instanceof ConnectException) {
			return new Failure(false, "connection refused");
		}
		if (cause instanceof NoRouteToHostException) {
			return new Failure(false, "no route to host");
		}
		if (cause instanceof UnknownHostException) {
			return new Failure(false, "unknown host");
		}
		return null;
	}

}
