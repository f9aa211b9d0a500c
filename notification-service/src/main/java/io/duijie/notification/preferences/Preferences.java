package io.duijie.notification.preferences;

import java.util.List;

import io.duijie.contracts.Channel;
import org.jspecify.annotations.Nullable;

/**
 * How a recipient wants to be notified.
 *
 * @param channels the channels to use, in order
 * @param email an e-mail address that overrides the enterprise contact's, or {@code null}
 * @param webhookUrl where WEBHOOK notifications are posted, or {@code null}
 * @param locale {@code zh-CN} or {@code en}: the language of webhook texts
 * @param custom false when the recipient never set preferences and these are the defaults
 * @param webhookFormat the message format of the webhook (STANDARD when not given)
 * @param webhookSecret the webhook's signing secret: a Standard Webhooks {@code whsec_}
 * secret for STANDARD (else the service's), the robot's "加签" secret for DINGTALK and
 * FEISHU; {@code null} for none
 */
public record Preferences(List<Channel> channels, @Nullable String email, @Nullable String webhookUrl, String locale,
		boolean custom, WebhookFormat webhookFormat, @Nullable String webhookSecret) {

	public Preferences {
		webhookFormat = (webhookFormat != null) ? webhookFormat : WebhookFormat.STANDARD;
	}

	public Preferences(List<Channel> channels, @Nullable String email, @Nullable String webhookUrl, String locale,
			boolean custom) {
		this(channels, email, webhookUrl, locale, custom, WebhookFormat.STANDARD, null);
	}

	/** The same preferences without the webhook secret: what may be stored elsewhere. */
	public Preferences withoutSecret() {
		return new Preferences(this.channels, this.email, this.webhookUrl, this.locale, this.custom, this.webhookFormat,
				null);
	}

	public static final String ZH_CN = "zh-CN";

	public static final String EN = "en";

	/** INBOX and EMAIL, Chinese: what a recipient gets who never set preferences. */
	public static Preferences defaults() {
		return new Preferences(List.of(Channel.INBOX, Channel.EMAIL), null, null, ZH_CN, false);
	}

	public boolean english() {
		return EN.equals(this.locale);
	}

}
