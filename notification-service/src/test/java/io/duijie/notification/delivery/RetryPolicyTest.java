package io.duijie.notification.delivery;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

	private static final DeliveryProperties.Retry RETRY = new DeliveryProperties.Retry(Duration.ofSeconds(2), 3.0,
			Duration.ofMinutes(10), 0.5, 8, Duration.ofMillis(500), 50);

	@Test
	void growsExponentiallyUpToTheCap() {
		RetryPolicy noJitter = new RetryPolicy(RETRY, () -> 0.0);
		assertThat(noJitter.delayAfter(1)).isEqualTo(Duration.ofSeconds(2));
		assertThat(noJitter.delayAfter(2)).isEqualTo(Duration.ofSeconds(6));
		assertThat(noJitter.delayAfter(3)).isEqualTo(Duration.ofSeconds(18));
		assertThat(noJitter.delayAfter(7)).isEqualTo(Duration.ofMinutes(10));
		assertThat(noJitter.delayAfter(30)).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void jitterTakesUpToHalfOff() {
		assertThat(new RetryPolicy(RETRY, () -> 1.0).delayAfter(2)).isEqualTo(Duration.ofSeconds(3));
		assertThat(new RetryPolicy(RETRY, () -> 0.5).delayAfter(2)).isEqualTo(Duration.ofMillis(4500));
		RetryPolicy random = new RetryPolicy(RETRY, Math::random);
		for (int i = 0; i < 100; i++) {
			assertThat(random.delayAfter(3)).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(18));
		}
	}

	@Test
	void stopsAfterMaxAttempts() {
		RetryPolicy policy = new RetryPolicy(RETRY, () -> 0.0);
		assertThat(policy.mayRetry(7)).isTrue();
		assertThat(policy.mayRetry(8)).isFalse();
	}

	@Test
	void classifiesFailures() {
		assertThat(classify(
				HttpServerErrorException.create(HttpStatus.SERVICE_UNAVAILABLE, "x", new HttpHeaders(), null, null)))
			.isEqualTo(new FailureClassifier.Failure(false, "HTTP 503"));
		assertThat(classify(HttpClientErrorException.create(HttpStatus.NOT_FOUND, "x", new HttpHeaders(), null, null)))
			.isEqualTo(new FailureClassifier.Failure(true, "HTTP 404"));
		assertThat(classify(
				HttpClientErrorException.create(HttpStatus.TOO_MANY_REQUESTS, "x", new HttpHeaders(), null, null)))
			.isEqualTo(new FailureClassifier.Failure(false, "HTTP 429"));
		assertThat(classify(
				HttpClientErrorException.create(HttpStatus.REQUEST_TIMEOUT, "x", new HttpHeaders(), null, null)))
			.isEqualTo(new FailureClassifier.Failure(false, "HTTP 408"));
		assertThat(classify(new ResourceAccessException("I/O", new java.net.ConnectException("refused"))))
			.isEqualTo(new FailureClassifier.Failure(false, "connection refused"));
		assertThat(classify(new ResourceAccessException("I/O", new java.net.http.HttpTimeoutException("slow"))))
			.isEqualTo(new FailureClassifier.Failure(false, "timeout"));
		assertThat(classify(new org.springframework.mail.MailSendException("chen@example.com: no",
				new jakarta.mail.internet.AddressException("chen@example.com"))))
			.isEqualTo(new FailureClassifier.Failure(true, "invalid e-mail address"));
		assertThat(classify(new IllegalStateException("who knows")))
			.isEqualTo(new FailureClassifier.Failure(false, "IllegalStateException"));
	}

	private static FailureClassifier.Failure classify(Exception ex) {
		return FailureClassifier.classify(ex);
	}

}
