package io.duijie.notification.system;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * notification-service settings, under {@code duijie.notification}.
 *
 * @param mailFrom sender address of notification e-mails
 * @param webhookSecret Standard Webhooks secret ({@code whsec_<base64>}) of webhook calls
 * whose recipient set none
 * @param webhookConnectTimeout how long connecting to a webhook may take
 * @param webhookReadTimeout how long a webhook may take to answer
 * @param dedupeTtl how long a delivery claim (the exactly-once key) is kept; at least 90
 * days
 * @param inboxMaxItems notifications kept per inbox; older ones are trimmed
 * @param inboxPageSize items returned by the inbox API when no {@code limit} is given
 * @param publicBaseUrl where recipients reach this service: the start of unsubscribe
 * links
 * @param unsubscribeSecret key of the HMAC-SHA256 unsubscribe tokens
 * @param sseTimeout how long an inbox stream stays open before the client reconnects
 * @param preferencesTopic the compacted topic that keeps every recipient's preferences
 * (this service's own store; Redis is refilled from it)
 */
@Validated
@ConfigurationProperties("duijie.notification")
public record NotificationProperties(@NotBlank @Email @DefaultValue("duijie@localhost") String mailFrom,
		@NotBlank @Pattern(
				regexp = "whsec_[A-Za-z0-9+/]{22,}={0,2}") @DefaultValue("whsec_ZHVpamllLWRldi13ZWJob29rLXNlY3JldC1rZXktMzJi") String webhookSecret,
		@DefaultValue("2s") Duration webhookConnectTimeout, @DefaultValue("5s") Duration webhookReadTimeout,
		@DurationMin(days = 90) @DefaultValue("90d") Duration dedupeTtl,
		@Min(1) @Max(10_000) @DefaultValue("500") int inboxMaxItems,
		@Min(1) @Max(500) @DefaultValue("50") int inboxPageSize,
		@NotBlank @DefaultValue("http://localhost:8083") String publicBaseUrl,
		@NotBlank @DefaultValue("duijie-dev-unsubscribe-secret") String unsubscribeSecret,
		@DefaultValue("30m") Duration sseTimeout,
		@NotBlank @DefaultValue("recipient-preferences") String preferencesTopic) {

}
