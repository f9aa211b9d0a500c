package io.duijie.notification.preferences;

import java.time.LocalTime;
import java.util.List;

import io.duijie.contracts.Channel;
import io.duijie.notification.delivery.WebhookGuard;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET/PUT /api/recipients/{recipientId}/preferences}: how an enterprise (its id)
 * or a staff member (their id) wants to be notified. The first path of the API,
 * {@code /api/preferences/{recipientId}}, stays as an alias so that existing clients keep
 * working. Invalid bodies are answered with an RFC 9457 problem listing every field
 * error; a webhook URL must pass the SSRF guard. The webhook secret is never shown, only
 * whether one is set.
 */
@RestController
class PreferencesController {

	private final PreferencesStore store;

	private final WebhookGuard guard;

	PreferencesController(PreferencesStore store, WebhookGuard guard) {
		this.store = store;
		this.guard = guard;
	}

	@GetMapping({ "/api/recipients/{recipientId}/preferences", "/api/preferences/{recipientId}" })
	PreferencesView get(@PathVariable String recipientId) {
		return PreferencesView.of(recipientId, this.store.get(recipientId));
	}

	@PutMapping({ "/api/recipients/{recipientId}/preferences", "/api/preferences/{recipientId}" })
	PreferencesView put(@PathVariable String recipientId,
			@RequestBody(required = false) @Nullable PreferencesRequest request) {
		PreferencesValidator.Result result = PreferencesValidator.validate(request, this.guard);
		if (!result.valid() || result.preferences() == null) {
			throw new InvalidPreferencesException(result.errors());
		}
		this.store.save(recipientId, result.preferences());
		return PreferencesView.of(recipientId, result.preferences());
	}

	/**
	 * What the API shows; {@code custom} is false while the defaults apply. Times are
	 * {@code HH:mm} in {@code timeZone}.
	 */
	record PreferencesView(String recipientId, List<String> channels, @Nullable String email,
			@Nullable String webhookUrl, String locale, boolean custom, WebhookFormat webhookFormat,
			boolean webhookSecretSet, @Nullable QuietHoursView quietHours, String mode, String digestTime,
			String timeZone) {

		static PreferencesView of(String recipientId, Preferences preferences) {
			Preferences.QuietHours quiet = preferences.quietHours();
			return new PreferencesView(recipientId, preferences.channels().stream().map(Channel::name).toList(),
					preferences.email(), preferences.webhookUrl(), preferences.locale(), preferences.custom(),
					preferences.webhookFormat(), preferences.webhookSecret() != null,
					(quiet != null) ? new QuietHoursView(hhmm(quiet.start()), hhmm(quiet.end())) : null,
					(preferences.mode() != null) ? preferences.mode().name() : Preferences.Mode.IMMEDIATE.name(),
					hhmm((preferences.digestTime() != null) ? preferences.digestTime()
							: Preferences.DEFAULT_DIGEST_TIME),
					preferences.zone().getId());
		}

		private static String hhmm(LocalTime time) {
			return String.format("%02d:%02d", time.getHour(), time.getMinute());
		}

	}

	/** Quiet hours as shown. */
	record QuietHoursView(String start, String end) {
	}

}
