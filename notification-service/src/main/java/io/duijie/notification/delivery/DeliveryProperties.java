package io.duijie.notification.delivery;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * The delivery engine's settings, under {@code duijie.notification.delivery}.
 *
 * @param ledgerTopic the compacted topic that makes the delivery ledger survive Redis
 * @param lease how long a delivery may stay "sending" before another attempt takes it
 * over: longer than the slowest channel (SMTP: 3 x 5 s, webhook: 2 s + 5 s), so that a
 * take-over means the sender died
 * @param retry back-off of transient failures
 * @param allowPrivateWebhookAddresses lets webhooks reach loopback, private, link-local
 * and other internal addresses: for tests and closed networks only
 */
@Validated
@ConfigurationProperties("duijie.notification.delivery")
record DeliveryProperties(@NotBlank @DefaultValue("notification-ledger") String ledgerTopic,
		@DurationMin(seconds = 1) @DefaultValue("2m") Duration lease, @Valid @DefaultValue Retry retry,
		@DefaultValue("false") boolean allowPrivateWebhookAddresses) {

	/**
	 * @param initialInterval back-off before the second attempt
	 * @param multiplier growth of the back-off per attempt
	 * @param maxInterval longest back-off
	 * @param jitter share of each back-off that is random: the delay is uniform in
	 * {@code [d * (1 - jitter), d]}, so that receivers that failed together are not
	 * retried together
	 * @param maxAttempts attempts before a transiently failing delivery is parked
	 * @param pollInterval how often due retries are looked for
	 * @param batchSize due retries taken per poll
	 */
	record Retry(@DurationMin(millis = 10) @DefaultValue("2s") Duration initialInterval,
			@DecimalMin("1.0") @DefaultValue("3.0") double multiplier,
			@DurationMin(millis = 10) @DefaultValue("10m") Duration maxInterval,
			@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.5") double jitter,
			@Min(1) @Max(100) @DefaultValue("8") int maxAttempts,
			@DurationMin(millis = 10) @DefaultValue("500ms") Duration pollInterval,
			@Min(1) @Max(1000) @DefaultValue("50") int batchSize) {
	}

}
