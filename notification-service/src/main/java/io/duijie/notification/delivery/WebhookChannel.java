package io.duijie.notification.delivery;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import io.duijie.contracts.Channel;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchReason;
import io.duijie.notification.inbox.LocalizedText;
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
 * WEBHOOK: a signed JSON POST to the recipient's URL (see {@link WebhookSigner}), with
 * connect and read timeouts and no redirects. A non-2xx answer is a failure. Chat-tool
 * formats (WeCom, DingTalk, Feishu) are not done yet.
 */
@Component
class WebhookChannel implements ChannelSender {

	private final RestClient client;

	private final WebhookSigner signer;

	private final JsonMapper mapper;

	private final Clock clock;

	WebhookChannel(RestClient.Builder builder, NotificationProperties properties, JsonMapper mapper, Clock clock) {
		HttpClientSettings settings = HttpClientSettings.defaults()
			.withTimeouts(properties.webhookConnectTimeout(), properties.webhookReadTimeout())
			.withRedirects(HttpRedirects.DONT_FOLLOW);
		this.client = builder.clone().requestFactory(ClientHttpRequestFactoryBuilder.jdk().build(settings)).build();
		this.signer = new WebhookSigner(properties.webhookSecret());
		this.mapper = mapper;
		this.clock = clock;
	}

	/**
	 * The JSON body of a webhook call. {@code title} and {@code text} are in the
	 * recipient's language.
	 */
	record WebhookPayload(String type, String notificationId, String recipientId, String matchId, String revision,
			String enterpriseId, String enterpriseName, String partnerId, String partnerName, @Nullable String parkName,
			double score, List<MatchReason> reasons, String locale, String title, String text, LocalizedText titles,
			LocalizedText bodies) {
	}

	/**
	 * The JSON body of a webhook call about an acceptance or a meeting (B: the kinds
	 * beyond proposals; {@code type} e.g. {@code meeting.moved}).
	 */
	record EventPayload(String type, String notificationId, String recipientId, String aggregateId, String revision,
			String locale, String title, String text, LocalizedText titles, LocalizedText bodies,
			io.duijie.contracts.@Nullable MatchAccepted accepted, io.duijie.contracts.@Nullable Meeting meeting) {
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
		String url = delivery.recipient().preferences().webhookUrl();
		if (url == null) {
			throw new IllegalStateException("No webhook URL for " + delivery.notificationId());
		}
		MatchProposed match = delivery.match();
		boolean english = delivery.recipient().preferences().english();
		LocalizedText title = delivery.message().title();
		LocalizedText body = delivery.message().body();
		Object payload = (match == null)
				? new EventPayload(delivery.message().kind().toLowerCase(java.util.Locale.ROOT).replace('_', '.'),
						delivery.notificationId(), delivery.recipient().id(), delivery.message().aggregateId(),
						delivery.message().revision(), delivery.recipient().preferences().locale(),
						english ? title.en() : title.zh(), english ? body.en() : body.zh(), title, body,
						delivery.message().accepted(), delivery.message().meeting())
				: new WebhookPayload("match.proposed", delivery.notificationId(), delivery.recipient().id(),
						match.matchId(), match.revision(), match.enterpriseId(), match.enterpriseName(),
						match.partnerId(), match.partnerName(), match.parkName(), match.score(), match.reasons(),
						delivery.recipient().preferences().locale(), english ? title.en() : title.zh(),
						english ? body.en() : body.zh(), title, body);
		byte[] json = this.mapper.writeValueAsBytes(payload);
		String timestamp = String.valueOf(this.clock.instant().getEpochSecond());
		this.client.post()
			.uri(URI.create(url))
			.contentType(MediaType.APPLICATION_JSON)
			.header(WebhookSigner.TIMESTAMP_HEADER, timestamp)
			.header(WebhookSigner.SIGNATURE_HEADER, this.signer.sign(timestamp, json))
			.header("X-Duijie-Notification-Id", delivery.notificationId())
			.body(json)
			.retrieve()
			.toBodilessEntity();
		return "posted to " + Masking.url(url);
	}

}
