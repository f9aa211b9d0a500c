package io.duijie.notification.preferences;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PUT /api/preferences/{recipientId}} as sent: everything optional and
 * untyped, so that {@link PreferencesValidator} can report every field in the client's
 * language instead of a parse error.
 */
record PreferencesRequest(@Nullable List<@Nullable String> channels, @Nullable String email,
		@Nullable String webhookUrl, @Nullable String locale, @Nullable String webhookFormat,
		@Nullable String webhookSecret) {

	PreferencesRequest(@Nullable List<@Nullable String> channels, @Nullable String email, @Nullable String webhookUrl,
			@Nullable String locale) {
		this(channels, email, webhookUrl, locale, null, null);
	}

}
