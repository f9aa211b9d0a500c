package io.duijie.notification.delivery;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential back-off with jitter for a delivery that failed transiently: after attempt
 * {@code n} (1-based) the nominal delay is
 * {@code d = min(maxInterval, initialInterval * multiplier^(n-1))} and the actual one is
 * uniform in {@code [d * (1 - jitter), d]}. After {@code maxAttempts} attempts the
 * delivery is parked instead.
 */
final class RetryPolicy {

	private final DeliveryProperties.Retry retry;

	private final DoubleSupplier random;

	RetryPolicy(DeliveryProperties.Retry retry, DoubleSupplier random) {
		this.retry = retry;
		this.random = random;
	}

	/** True if another attempt may follow attempt {@code attempts}. */
	boolean mayRetry(int attempts) {
		return attempts < this.retry.maxAttempts();
	}

	/** The delay before the attempt after attempt {@code attempts}. */
	Duration delayAfter(int attempts) {
		double nominal = this.retry.initialInterval().toMillis()
				* Math.pow(this.retry.multiplier(), Math.max(0, attempts - 1));
		double capped = Math.min(nominal, this.retry.maxInterval().toMillis());
		double jittered = capped * (1 - this.retry.jitter() * this.random.getAsDouble());
		return Duration.ofMillis(Math.max(1, Math.round(jittered)));
	}

	int maxAttempts() {
		return this.retry.maxAttempts();
	}

}
