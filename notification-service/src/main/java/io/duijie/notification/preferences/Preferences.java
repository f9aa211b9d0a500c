package io.duijie.notification.preferences;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.duijie.contracts.Channel;
import org.jspecify.annotations.Nullable;

/**
 * How a recipient wants to be notified.
 *
 * @param channels the channels to use, in order
 * @param email an e-mail address that overrides the enterprise contact's, or {@code null}
 * @param webhookUrl where WEBHOOK notifications are posted, or {@code null}
 * @param locale {@code zh-CN} or {@code en}: the language of e-mails and webhook texts
 * @param custom false when the recipient never set preferences and these are the defaults
 * @param webhookFormat the message format of the webhook (STANDARD when not given)
 * @param webhookSecret the webhook's signing secret: a Standard Webhooks {@code whsec_}
 * secret for STANDARD (else the service's), the robot's "加签" secret for DINGTALK and
 * FEISHU; {@code null} for none
 * @param quietHours when e-mails and webhooks wait (the inbox never does), or
 * {@code null}
 * @param mode {@code IMMEDIATE}, or {@code DAILY_DIGEST}: e-mails are gathered into one
 * digest a day; {@code null} in preferences stored before modes existed, read as
 * IMMEDIATE
 * @param digestTime local time of the daily digest, or {@code null} for the default
 * @param timeZone the zone of quiet hours and digest time, {@code null} for Asia/Shanghai
 */
public record Preferences(List<Channel> channels, @Nullable String email, @Nullable String webhookUrl, String locale,
		boolean custom, WebhookFormat webhookFormat, @Nullable String webhookSecret, @Nullable QuietHours quietHours,
		@Nullable Mode mode, @Nullable LocalTime digestTime, @Nullable String timeZone) {

	public Preferences {
		// preferences stored before webhook formats existed
		webhookFormat = (webhookFormat != null) ? webhookFormat : WebhookFormat.STANDARD;
	}

	/** The same preferences without the webhook secret: what may be stored elsewhere. */
	public Preferences withoutSecret() {
		return new Preferences(this.channels, this.email, this.webhookUrl, this.locale, this.custom, this.webhookFormat,
				null, this.quietHours, this.mode, this.digestTime, this.timeZone);
	}

	public static final String ZH_CN = "zh-CN";

	public static final String EN = "en";

	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

	public static final LocalTime DEFAULT_DIGEST_TIME = LocalTime.of(18, 0);

	/** Notify at once, or gather e-mails into a daily digest. */
	public enum Mode {

		IMMEDIATE, DAILY_DIGEST

	}

	/**
	 * A daily window, in local time, in which e-mails and webhooks are held back until
	 * its end. {@code start} after {@code end} spans midnight (22:00-07:30).
	 */
	public record QuietHours(LocalTime start, LocalTime end) {

		/** The end of the window {@code now} falls in, or empty outside it. */
		public Optional<Instant> endIfInside(Instant now, ZoneId zone) {
			ZonedDateTime local = now.atZone(zone);
			LocalTime time = local.toLocalTime();
			LocalDate day = local.toLocalDate();
			if (this.start.isBefore(this.end)) {
				return (!time.isBefore(this.start) && time.isBefore(this.end))
						? Optional.of(day.atTime(this.end).atZone(zone).toInstant()) : Optional.empty();
			}
			if (!time.isBefore(this.start)) {
				return Optional.of(day.plusDays(1).atTime(this.end).atZone(zone).toInstant());
			}
			if (time.isBefore(this.end)) {
				return Optional.of(day.atTime(this.end).atZone(zone).toInstant());
			}
			return Optional.empty();
		}

	}

	/**
	 * INBOX and EMAIL, Chinese, at once: what a recipient gets who never set preferences.
	 */
	public static Preferences defaults() {
		return new Preferences(List.of(Channel.INBOX, Channel.EMAIL), null, null, ZH_CN, false, WebhookFormat.STANDARD,
				null, null, Mode.IMMEDIATE, null, null);
	}

	@JsonIgnore
	public boolean english() {
		return EN.equals(this.locale);
	}

	@JsonIgnore
	public boolean digest() {
		return this.mode == Mode.DAILY_DIGEST;
	}

	@JsonIgnore
	public ZoneId zone() {
		return (this.timeZone != null) ? ZoneId.of(this.timeZone) : DEFAULT_ZONE;
	}

	/** The first digest time after {@code now}. */
	public Instant nextDigest(Instant now) {
		ZoneId zone = zone();
		LocalTime at = (this.digestTime != null) ? this.digestTime : DEFAULT_DIGEST_TIME;
		ZonedDateTime local = now.atZone(zone);
		ZonedDateTime candidate = local.toLocalDate().atTime(at).atZone(zone);
		return (candidate.isAfter(local) ? candidate : candidate.plusDays(1)).toInstant();
	}

	/** The same preferences without a channel (the unsubscribe link takes EMAIL off). */
	public Preferences without(Channel channel) {
		List<Channel> left = this.channels.stream().filter((c) -> c != channel).toList();
		return new Preferences(left.isEmpty() ? List.of(Channel.INBOX) : left, this.email, this.webhookUrl, this.locale,
				true, this.webhookFormat, this.webhookSecret, this.quietHours, this.mode, this.digestTime,
				this.timeZone);
	}

}
