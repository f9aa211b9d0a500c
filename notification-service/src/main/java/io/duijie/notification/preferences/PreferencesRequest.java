package io.duijie.notification.preferences;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PUT /api/recipients/{recipientId}/preferences} as sent: everything
 * optional and untyped, so that {@link PreferencesValidator} can report every field in
 * the client's language instead of a parse error.
 *
 * @param webhookFormat STANDARD (default), WECOM, DINGTALK or FEISHU
 * @param webhookSecret the webhook's signing secret, never shown again
 * @param quietHours {@code {"start": "22:00", "end": "07:30"}}, or {@code null} for none
 * @param mode {@code IMMEDIATE} (default) or {@code DAILY_DIGEST}
 * @param digestTime {@code HH:mm}, default 18:00
 * @param timeZone an IANA zone, default Asia/Shanghai
 */
record PreferencesRequest(@Nullable List<@Nullable String> channels, @Nullable String email,
		@Nullable String webhookUrl, @Nullable String locale, @Nullable String webhookFormat,
		@Nullable String webhookSecret, @Nullable QuietHoursRequest quietHours, @Nullable String mode,
		@Nullable String digestTime, @Nullable String timeZone) {

	PreferencesRequest(@Nullable List<@Nullable String> channels, @Nullable String email, @Nullable String webhookUrl,
			@Nullable String locale) {
		this(channels, email, webhookUrl, locale, null, null, null, null, null, null);
	}

	PreferencesRequest(@Nullable List<@Nullable String> channels, @Nullable String email, @Nullable String webhookUrl,
			@Nullable String locale, @Nullable String webhookFormat, @Nullable String webhookSecret) {
		this(channels, email, webhookUrl, locale, webhookFormat, webhookSecret, null, null, null, null);
	}

	PreferencesRequest(@Nullable List<@Nullable String> channels, @Nullable String email, @Nullable String webhookUrl,
			@Nullable String locale, @Nullable QuietHoursRequest quietHours, @Nullable String mode,
			@Nullable String digestTime, @Nullable String timeZone) {
		this(channels, email, webhookUrl, locale, null, null, quietHours, mode, digestTime, timeZone);
	}

	/** Quiet hours as sent. */
	record QuietHoursRequest(@Nullable String start, @Nullable String end) {
	}

}
