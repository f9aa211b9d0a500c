package io.duijie.notification.preferences;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.duijie.contracts.Channel;
import io.duijie.notification.delivery.WebhookGuard;
import org.jspecify.annotations.Nullable;

/**
 * Checks a {@link PreferencesRequest} field by field. Each error carries a message code
 * resolved later in the client's language ({@code messages*.properties}).
 */
final class PreferencesValidator {

	static final int MAX_EMAIL_LENGTH = 254;

	static final int MAX_URL_LENGTH = 2048;

	static final int MAX_SECRET_LENGTH = 256;

	/**
	 * Local part, {@code @}, a domain of dot-separated labels: deliberately plain, as
	 * SMTP will have its say.
	 */
	private static final Pattern EMAIL = Pattern
		.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
				+ "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$");

	/** One invalid field: its name, the message code, the arguments of the message. */
	record FieldError(String field, String code, Object... arguments) {
	}

	/** The result: valid preferences, or the errors. */
	record Result(@Nullable Preferences preferences, List<FieldError> errors) {

		boolean valid() {
			return this.errors.isEmpty();
		}

	}

	/** {@code HH:mm}, 24-hour clock. */
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private PreferencesValidator() {
	}

	/** Checks the fields only, without resolving the webhook's host. */
	static Result validate(@Nullable PreferencesRequest request) {
		return validate(request, null);
	}

	/**
	 * Checks the fields and, with a guard, that the webhook URL passes the SSRF guard
	 * (its host resolves to public addresses only).
	 */
	static Result validate(@Nullable PreferencesRequest request, @Nullable WebhookGuard guard) {
		if (request == null) {
			return new Result(null, List.of(new FieldError("channels", "preferences.channels.required")));
		}
		List<FieldError> errors = new ArrayList<>();
		Set<Channel> channels = new LinkedHashSet<>();
		if (request.channels() == null || request.channels().isEmpty()) {
			errors.add(new FieldError("channels", "preferences.channels.required"));
		}
		else {
			for (int i = 0; i < request.channels().size(); i++) {
				String value = request.channels().get(i);
				Channel channel = channel(value);
				if (channel == null) {
					errors.add(new FieldError("channels[" + i + "]", "preferences.channels.unknown",
							String.valueOf(value)));
				}
				else {
					channels.add(channel);
				}
			}
		}
		String email = trimToNull(request.email());
		if (email != null && (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches())) {
			errors.add(new FieldError("email", "preferences.email.invalid"));
		}
		String webhookUrl = trimToNull(request.webhookUrl());
		if (webhookUrl != null && !isHttpUrl(webhookUrl)) {
			errors.add(new FieldError("webhookUrl", "preferences.webhookUrl.invalid"));
		}
		else if (webhookUrl == null && channels.contains(Channel.WEBHOOK)) {
			errors.add(new FieldError("webhookUrl", "preferences.webhookUrl.required"));
		}
		else if (webhookUrl != null && guard != null) {
			guard.check(webhookUrl)
				.ifPresent((rejection) -> errors.add((rejection.reason() == WebhookGuard.Reason.UNRESOLVABLE)
						? new FieldError("webhookUrl", "preferences.webhookUrl.unresolvable")
						: new FieldError("webhookUrl", "preferences.webhookUrl.forbidden",
								String.valueOf(rejection.address()))));
		}
		WebhookFormat webhookFormat = WebhookFormat.STANDARD;
		String format = trimToNull(request.webhookFormat());
		if (format != null) {
			try {
				webhookFormat = WebhookFormat.valueOf(format.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.add(new FieldError("webhookFormat", "preferences.webhookFormat.unknown", format));
			}
		}
		String webhookSecret = trimToNull(request.webhookSecret());
		if (webhookSecret != null && (webhookSecret.length() > MAX_SECRET_LENGTH
				|| (webhookFormat == WebhookFormat.STANDARD && !WebhookGuard.isStandardSecret(webhookSecret)))) {
			errors.add(new FieldError("webhookSecret", "preferences.webhookSecret.invalid"));
		}
		String locale = trimToNull(request.locale());
		if (locale != null && !Preferences.ZH_CN.equals(locale) && !Preferences.EN.equals(locale)) {
			errors.add(new FieldError("locale", "preferences.locale.unknown", locale));
		}
		Preferences.QuietHours quietHours = null;
		if (request.quietHours() != null) {
			LocalTime start = time(request.quietHours().start(), "quietHours.start", errors);
			LocalTime end = time(request.quietHours().end(), "quietHours.end", errors);
			if (start != null && end != null) {
				if (start.equals(end)) {
					errors.add(new FieldError("quietHours.end", "preferences.quietHours.empty"));
				}
				else {
					quietHours = new Preferences.QuietHours(start, end);
				}
			}
		}
		Preferences.Mode mode = Preferences.Mode.IMMEDIATE;
		String modeValue = trimToNull(request.mode());
		if (modeValue != null) {
			try {
				mode = Preferences.Mode.valueOf(modeValue.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.add(new FieldError("mode", "preferences.mode.unknown", modeValue));
			}
		}
		LocalTime digestTime = null;
		if (trimToNull(request.digestTime()) != null) {
			digestTime = time(request.digestTime(), "digestTime", errors);
		}
		String timeZone = trimToNull(request.timeZone());
		if (timeZone != null) {
			try {
				ZoneId.of(timeZone);
			}
			catch (DateTimeException ex) {
				errors.add(new FieldError("timeZone", "preferences.timeZone.unknown", timeZone));
			}
		}
		if (!errors.isEmpty()) {
			return new Result(null, List.copyOf(errors));
		}
		return new Result(
				new Preferences(List.copyOf(channels), email, webhookUrl, (locale != null) ? locale : Preferences.ZH_CN,
						true, webhookFormat, webhookSecret, quietHours, mode, digestTime, timeZone),
				List.of());
	}

	/**
	 * A {@code HH:mm} time, or an error for {@code field}: required, then well-formed.
	 */
	private static @Nullable LocalTime time(@Nullable String value, String field, List<FieldError> errors) {
		String trimmed = trimToNull(value);
		if (trimmed == null) {
			errors.add(new FieldError(field, "preferences.time.required"));
			return null;
		}
		try {
			return LocalTime.parse(trimmed, TIME);
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError(field, "preferences.time.invalid", trimmed));
			return null;
		}
	}

	private static @Nullable Channel channel(@Nullable String value) {
		if (value == null) {
			return null;
		}
		for (Channel channel : Channel.values()) {
			if (channel.name().equals(value.trim().toUpperCase(Locale.ROOT))) {
				return channel;
			}
		}
		return null;
	}

	private static boolean isHttpUrl(String value) {
		if (value.length() > MAX_URL_LENGTH) {
			return false;
		}
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme();
			return uri.isAbsolute() && uri.getHost() != null && uri.getUserInfo() == null
					&& ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static @Nullable String trimToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
