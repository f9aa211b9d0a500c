package io.duijie.notification.preferences;

import java.util.Arrays;
import java.util.List;

import io.duijie.contracts.Channel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PreferencesValidatorTest {

	@Test
	void acceptsAFullRequestAndNormalises() {
		PreferencesValidator.Result result = PreferencesValidator
			.validate(new PreferencesRequest(List.of("inbox", "WEBHOOK", "INBOX"),
					" li.na@qingyuan-hitech.example.com ", "https://hooks.example.com/x", "en"));
		assertThat(result.valid()).isTrue();
		assertThat(result.preferences()).isEqualTo(new Preferences(List.of(Channel.INBOX, Channel.WEBHOOK),
				"li.na@qingyuan-hitech.example.com", "https://hooks.example.com/x", "en", true, WebhookFormat.STANDARD,
				null, null, Preferences.Mode.IMMEDIATE, null, null));
	}

	@Test
	void localeDefaultsToChinese() {
		PreferencesValidator.Result result = PreferencesValidator
			.validate(new PreferencesRequest(List.of("EMAIL"), null, null, null));
		assertThat(result.preferences()).isNotNull();
		assertThat(result.preferences().locale()).isEqualTo("zh-CN");
	}

	@Test
	void reportsEveryInvalidField() {
		PreferencesValidator.Result result = PreferencesValidator.validate(
				new PreferencesRequest(Arrays.asList("EMAIL", null, "FAX"), "chen@", "javascript:alert(1)", "de"));
		assertThat(result.valid()).isFalse();
		assertThat(result.errors()).extracting(PreferencesValidator.FieldError::field)
			.containsExactly("channels[1]", "channels[2]", "email", "webhookUrl", "locale");
		assertThat(result.errors()).extracting(PreferencesValidator.FieldError::code)
			.containsExactly("preferences.channels.unknown", "preferences.channels.unknown",
					"preferences.email.invalid", "preferences.webhookUrl.invalid", "preferences.locale.unknown");
	}

	@Test
	void webhookNeedsAnHttpUrl() {
		assertThat(codes(new PreferencesRequest(List.of("WEBHOOK"), null, null, null)))
			.containsExactly("preferences.webhookUrl.required");
		assertThat(codes(new PreferencesRequest(List.of("WEBHOOK"), null, "ftp://example.com/x", null)))
			.containsExactly("preferences.webhookUrl.invalid");
		assertThat(codes(new PreferencesRequest(List.of("WEBHOOK"), null, "/relative/path", null)))
			.containsExactly("preferences.webhookUrl.invalid");
		assertThat(codes(new PreferencesRequest(List.of("WEBHOOK"), null, "http://user:pw@example.com/x", null)))
			.containsExactly("preferences.webhookUrl.invalid");
		assertThat(codes(new PreferencesRequest(List.of("WEBHOOK"), null, "http://example.com/x", null))).isEmpty();
	}

	@Test
	void channelsAreRequired() {
		assertThat(codes(new PreferencesRequest(List.of(), null, null, null)))
			.containsExactly("preferences.channels.required");
		assertThat(codes(new PreferencesRequest(null, null, null, null)))
			.containsExactly("preferences.channels.required");
		assertThat(codes(null)).containsExactly("preferences.channels.required");
	}

	@Test
	void quietHoursDigestAndZoneAreCheckedFieldByField() {
		PreferencesValidator.Result result = PreferencesValidator
			.validate(new PreferencesRequest(List.of("EMAIL"), null, null, null,
					new PreferencesRequest.QuietHoursRequest("25:00", null), "WEEKLY", "6pm", "Mars/Olympus"));
		assertThat(result.errors()).extracting(PreferencesValidator.FieldError::field)
			.containsExactly("quietHours.start", "quietHours.end", "mode", "digestTime", "timeZone");
		assertThat(result.errors()).extracting(PreferencesValidator.FieldError::code)
			.containsExactly("preferences.time.invalid", "preferences.time.required", "preferences.mode.unknown",
					"preferences.time.invalid", "preferences.timeZone.unknown");
		assertThat(codes(new PreferencesRequest(List.of("EMAIL"), null, null, null,
				new PreferencesRequest.QuietHoursRequest("22:00", "22:00"), null, null, null)))
			.containsExactly("preferences.quietHours.empty");
	}

	@Test
	void acceptsQuietHoursOverMidnightAndADailyDigest() {
		PreferencesValidator.Result result = PreferencesValidator
			.validate(new PreferencesRequest(List.of("EMAIL"), null, null, "en",
					new PreferencesRequest.QuietHoursRequest("22:00", "07:30"), "daily_digest", "18:30", null));
		assertThat(result.errors()).isEmpty();
		Preferences preferences = result.preferences();
		assertThat(preferences).isNotNull();
		assertThat(preferences.mode()).isEqualTo(Preferences.Mode.DAILY_DIGEST);
		assertThat(preferences.zone()).isEqualTo(java.time.ZoneId.of("Asia/Shanghai"));
		Preferences.QuietHours quiet = preferences.quietHours();
		assertThat(quiet).isNotNull();
		// 23:00 Beijing time (15:00Z) is inside; the window ends 07:30 the next morning
		// (23:30Z)
		assertThat(quiet.endIfInside(java.time.Instant.parse("2025-06-18T15:00:00Z"), preferences.zone()))
			.contains(java.time.Instant.parse("2025-06-18T23:30:00Z"));
		assertThat(quiet.endIfInside(java.time.Instant.parse("2025-06-18T22:00:00Z"), preferences.zone()))
			.contains(java.time.Instant.parse("2025-06-18T23:30:00Z"));
		assertThat(quiet.endIfInside(java.time.Instant.parse("2025-06-18T04:00:00Z"), preferences.zone())).isEmpty();
		// digest at 18:30 Beijing time = 10:30Z
		assertThat(preferences.nextDigest(java.time.Instant.parse("2025-06-18T09:00:00Z")))
			.isEqualTo(java.time.Instant.parse("2025-06-18T10:30:00Z"));
		assertThat(preferences.nextDigest(java.time.Instant.parse("2025-06-18T11:00:00Z")))
			.isEqualTo(java.time.Instant.parse("2025-06-19T10:30:00Z"));
	}

	private static List<String> codes(PreferencesRequest request) {
		return PreferencesValidator.validate(request)
			.errors()
			.stream()
			.map(PreferencesValidator.FieldError::code)
			.toList();
	}

	@Test
	void webhookUrlsPassTheSsrfGuard() {
		io.duijie.notification.delivery.WebhookGuard guard = io.duijie.notification.delivery.WebhookGuard.of(false);
		PreferencesValidator.Result loopback = PreferencesValidator
			.validate(new PreferencesRequest(List.of("WEBHOOK"), null, "http://127.0.0.1:8080/hook", null), guard);
		assertThat(loopback.errors()).extracting(PreferencesValidator.FieldError::code)
			.containsExactly("preferences.webhookUrl.forbidden");
		assertThat(loopback.errors().get(0).arguments()).containsExactly("127.0.0.1");
		assertThat(codes(new PreferencesRequest(List.of("WEBHOOK"), null, "http://[fd00::1]/x", null), guard))
			.containsExactly("preferences.webhookUrl.forbidden");
		assertThat(codes(new PreferencesRequest(List.of("WEBHOOK"), null, "https://93.184.215.14/x", null), guard))
			.isEmpty();
		assertThat(codes(new PreferencesRequest(List.of("WEBHOOK"), null, "http://127.0.0.1:8080/hook", null),
				io.duijie.notification.delivery.WebhookGuard.of(true)))
			.isEmpty();
	}

	@Test
	void webhookFormatAndSecret() {
		PreferencesValidator.Result dingtalk = PreferencesValidator.validate(new PreferencesRequest(List.of("WEBHOOK"),
				null, "https://93.184.215.14/robot/send?access_token=t", null, "dingtalk", "SEC123"));
		assertThat(dingtalk.preferences()).isNotNull();
		assertThat(dingtalk.preferences().webhookFormat()).isEqualTo(WebhookFormat.DINGTALK);
		assertThat(dingtalk.preferences().webhookSecret()).isEqualTo("SEC123");
		assertThat(PreferencesValidator
			.validate(new PreferencesRequest(List.of("WEBHOOK"), null, "https://93.184.215.14/x", null, "SLACK",
					"not-whsec"))
			.errors()).extracting(PreferencesValidator.FieldError::code)
			.containsExactly("preferences.webhookFormat.unknown", "preferences.webhookSecret.invalid");
	}

	private static List<String> codes(PreferencesRequest request, io.duijie.notification.delivery.WebhookGuard guard) {
		return PreferencesValidator.validate(request, guard)
			.errors()
			.stream()
			.map(PreferencesValidator.FieldError::code)
			.toList();
	}

}
