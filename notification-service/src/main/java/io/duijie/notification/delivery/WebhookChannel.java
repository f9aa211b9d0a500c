package io.duijie.notification.delivery;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import io.duijie.contracts.Channel;
import io.duijie.contracts.MatchAccepted;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchReason;
import io.duijie.contracts.Meeting;
import io.duijie.notification.inbox.LocalizedText;
import io.duijie.notification.preferences.Preferences;
import io.duijie.notification.preferences.WebhookFormat;
import io.duijie.notification.system.Masking;
import io.duijie.notification.system.NotificationProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * WEBHOOK: a POST to the recipient's URL in the format of their preferences (see
 * {@link WebhookFormat}): a Standard Webhooks event signed with {@link WebhookSigner}, or
 * a WeCom, DingTalk or Feishu robot message ({@link WebhookMessages}). Every call carries
 * the notification id in {@code webhook-id}, the same on every attempt. The URL passes
 * the {@link WebhookGuard} again right before the call; connect and read timeouts, no
 * redirects (a redirect could lead past the guard). A non-2xx answer, or a robot's error
 * code, is a failure.
 */
@Component
class WebhookChannel implements ChannelSender {

	private final RestClient client;

	private final WebhookSigner signer;

	private final WebhookGuard guard;

	private final JsonMapper mapper;

	private final Clock clock;

	WebhookChannel(RestClient.Builder builder, NotificationProperties properties, WebhookGuard guard, JsonMapper mapper,
			Clock clock) {
		HttpClientSettings settings = HttpClientSettings.defaults()
			.withTimeouts(properties.webhookConnectTimeout(), properties.webhookReadTimeout())
			.withRedirects(HttpRedirects.DONT_FOLLOW);
		this.client = builder.clone().requestFactory(ClientHttpRequestFactoryBuilder.jdk().build(settings)).build();
		this.signer = new WebhookSigner(properties.webhookSecret());
		this.guard = guard;
		this.mapper = mapper;
		this.clock = clock;
	}

	/**
	 * The JSON body of a STANDARD webhook call. {@code title} and {@code text} are in the
	 * recipient's language.
	 */
	record WebhookPayload(String type, String notificationId, String recipientId, String matchId, String revision,
			String enterpriseId, String enterpriseName, String partnerId, String partnerName, @Nullable String parkName,
			double score, List<MatchReason> reasons, String locale, String title, String text, LocalizedText titles,
			LocalizedText bodies) {
	}

	/**
	 * The JSON body of a STANDARD webhook call about an acceptance or a meeting (the
	 * kinds beyond proposals; {@code type} e.g. {@code meeting.moved}).
	 */
	record EventPayload(String type, String notificationId, String recipientId, String aggregateId, String revision,
			String locale, String title, String text, LocalizedText titles, LocalizedText bodies,
			@Nullable MatchAccepted accepted, @Nullable Meeting meeting) {
	}

	@Override
	public Channel channel() {
		return Channel.WEBHOOK;
	}

	@Override
	public boolean reachable(Recipient recipient) {
		return recipient.preferences().webhookUrl() != null;
	}

	@Override
	public @Nullable String send(Delivery delivery) {
		Preferences preferences = delivery.recipient().preferences();
		String url = preferences.webhookUrl();
		if (url == null) {
			throw new PermanentDeliveryException("no webhook URL");
		}
		this.guard.verify(url);
		long now = this.clock.millis();
		boolean english = preferences.english();
		// every kind has its title and body: the robot formats render them all
		LocalizedText title = delivery.message().title();
		LocalizedText body = delivery.message().body();
		String secret = preferences.webhookSecret();
		WebhookFormat format = preferences.webhookFormat();
		RestClient.RequestBodySpec request;
		switch (format) {
			case WECOM -> request = post(url, delivery,
					this.mapper.writeValueAsBytes(WebhookMessages.wecom(title, body, english)));
			case DINGTALK -> {
				String signed = url;
				if (secret != null) {
					signed += (url.contains("?") ? "&" : "?") + "timestamp=" + now + "&sign="
							+ URLEncoder.encode(WebhookSigner.dingTalk(secret, now), StandardCharsets.UTF_8);
				}
				request = post(signed, delivery,
						this.mapper.writeValueAsBytes(WebhookMessages.dingTalk(title, body, english)));
			}
			case FEISHU -> request = post(url, delivery,
					this.mapper.writeValueAsBytes(WebhookMessages.feishu(title, body, english, secret, now / 1000)));
			default -> {
				byte[] json = this.mapper.writeValueAsBytes(standardPayload(delivery, english));
				long timestamp = now / 1000;
				WebhookSigner standard = (secret != null && WebhookSigner.isStandardSecret(secret))
						? new WebhookSigner(secret) : this.signer;
				request = post(url, delivery, json).header(WebhookSigner.TIMESTAMP_HEADER, String.valueOf(timestamp))
					.header(WebhookSigner.SIGNATURE_HEADER, standard.sign(delivery.notificationId(), timestamp, json));
			}
		}
		if (format == WebhookFormat.STANDARD) {
			request.retrieve().toBodilessEntity();
		}
		else {
			WebhookMessages.checkAnswer(format, request.retrieve().body(String.class), this.mapper);
		}
		return "posted to " + Masking.url(url);
	}

	private RestClient.RequestBodySpec post(String url, Delivery delivery, byte[] json) {
		return this.client.post()
			.uri(URI.create(url))
			.contentType(MediaType.APPLICATION_JSON)
			.header(WebhookSigner.ID_HEADER, delivery.notificationId())
			.body(json);
	}

	/**
	 * A proposal or update as {@link WebhookPayload} ({@code type}
	 * {@code match.proposed}), the other kinds as {@link EventPayload}.
	 */
	private static Object standardPayload(Delivery delivery, boolean english) {
		MatchProposed match = delivery.match();
		Message message = delivery.message();
		LocalizedText title = message.title();
		LocalizedText body = message.body();
		if (match == null) {
			return new EventPayload(message.kind().toLowerCase(Locale.ROOT).replace('_', '.'),
					delivery.notificationId(), delivery.recipient().id(), message.aggregateId(), message.revision(),
					delivery.recipient().preferences().locale(), english ? title.en() : title.zh(),
					english ? body.en() : body.zh(), title, body, message.accepted(), message.meeting());
		}
		return new WebhookPayload("match.proposed", delivery.notificationId(), delivery.recipient().id(),
				match.matchId(), match.revision(), match.enterpriseId(), match.enterpriseName(), match.partnerId(),
				match.partnerName(), match.parkName(), match.score(), match.reasons(),
				delivery.recipient().preferences().locale(), english ? title.en() : title.zh(),
				english ? body.en() : body.zh(), title, body);
	}

}
