package io.duijie.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;

import com.standardwebhooks.Webhook;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.Topics;
import io.duijie.notification.mail.UnsubscribeTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.data.redis.core.RedisCallback;

import static io.duijie.notification.TestEvents.enterprise;
import static io.duijie.notification.TestEvents.match;
import static io.duijie.notification.TestEvents.send;
import static io.duijie.notification.TestEvents.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Preferences and the contact directory survive Redis: preferences set through the API
 * (an unsubscribe by the e-mail link among them) read back unchanged after Redis is
 * flushed while the service runs, and after a restart on an empty Redis; a new match then
 * notifies by the preferred channels only (no e-mail to the unsubscribed, the webhook
 * signed with the recipient's own secret) although neither the preferences nor the
 * profiles were sent again. Each scenario has its own Redis database, consumer group and
 * preferences topic.
 */
class PreferencesDurabilityTest {

	private static final Duration WAIT = Duration.ofSeconds(90);

	private static final String FROM = "prefs-durable@localhost";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final String OWN_SECRET = "whsec_"
			+ Base64.getEncoder().encodeToString("durable-own-secret-24byt".getBytes());

	@Test
	void preferencesAndContactsComeBackAfterAFlushWhileRunning() throws Exception {
		String group = unique("prefs-flush");
		// its own sender: the cached test context reads the same matches and mails with
		// its defaults
		Map<String, String> properties = Map.of("duijie.notification.preferences-topic", unique("prefs"),
				"duijie.notification.delivery.ledger-topic", unique("ledger"), "duijie.notification.mail-from", FROM);
		startAtEnd(group);
		String unsubscribed = unique("ent");
		String untouched = unique("ent");
		String unsubscribedMail = unsubscribed + "@durable.example.com";
		String untouchedMail = untouched + "@durable.example.com";
		send(enterprise(unsubscribed, 1, unsubscribedMail, null));
		send(enterprise(untouched, 1, untouchedMail, null));
		try (WebhookReceiver receiver = new WebhookReceiver();
				SeparateContext context = SeparateContext.start(10, group, TestInfra.smtpPort(), properties)) {
			await().atMost(WAIT)
				.until(() -> context.redis().hasKey("duijie:notification:contact:" + untouched)
						&& context.redis().hasKey("duijie:notification:contact:" + unsubscribed));
			put(context, unsubscribed, preferencesJson(receiver.url("/durable")));
			unsubscribeByLink(context, unsubscribed);
			JsonNode before = preferences(context, unsubscribed);
			assertThat(channels(before)).containsExactly("INBOX", "WEBHOOK");
			assertThat(before.get("webhookSecretSet").asBoolean()).isTrue();
			assertThat(before.get("custom").asBoolean()).isTrue();
			double rebuildsBefore = context.counter("duijie.notification.preferences.rebuilds");
			double contactsBefore = context.counter("duijie.replay.records", "store", "contacts", "outcome", "applied");

			context.redis().execute((RedisCallback<Object>) (connection) -> {
				connection.serverCommands().flushDb();
				return null;
			});
			assertThat(context.redis().hasKey("duijie:notification:preferences:" + unsubscribed)).isFalse();

			// read back unchanged through the API, refilled from the topic
			assertThat(preferences(context, unsubscribed)).isEqualTo(before);
			assertThat(context.counter("duijie.notification.preferences.rebuilds")).isEqualTo(rebuildsBefore + 1);
			// neither profiles nor preferences are sent again: a new match notifies by
			// the preferred channels only
			MatchProposed proposed = match(unsubscribed, unique("cp"), 1, 1, null);
			MatchProposed control = match(untouched, unique("cp"), 1, 1, null);
			send(proposed);
			send(control);
			await().atMost(WAIT).until(() -> !receiver.callsTo("/durable").isEmpty());
			await().atMost(WAIT).until(() -> !TestInfra.mailsTo(untouchedMail, FROM).isEmpty());
			WebhookReceiver.Call call = receiver.callsTo("/durable").get(0);
			new Webhook(OWN_SECRET).verify(call.text(), call.lowerCaseHeaders());
			assertThat(call.header("webhook-id")).isEqualTo(proposed.matchId() + "/e1-p1/" + unsubscribed + "/WEBHOOK");
			assertThat(context.redis().opsForZSet().zCard("duijie:notification:inbox:{" + unsubscribed + "}"))
				.isEqualTo(1);
			// no e-mail: not even claimed in the ledger (channels go in order, EMAIL
			// before WEBHOOK), and none arrived
			assertThat(context.redis()
				.hasKey("duijie:notification:delivery:" + proposed.matchId() + "/e1-p1/" + unsubscribed + "/EMAIL"))
				.isFalse();
			assertThat(context.redis()
				.hasKey("duijie:notification:delivery:" + proposed.matchId() + "/e1-p1/" + unsubscribed + "/WEBHOOK"))
				.isTrue();
			assertThat(TestInfra.mailsTo(unsubscribedMail, FROM)).isEmpty();
			assertThat(context.counter("duijie.replay.records", "store", "contacts", "outcome", "applied"))
				.isGreaterThan(contactsBefore);
			assertThat(context.redis().hasKey("duijie:notification:contacts:rebuilt")).isTrue();
		}
	}

	@Test
	void aServiceStartedOnAnEmptyRedisReadsThePreferencesFromTheTopic() throws Exception {
		String group = unique("prefs-restart");
		String topic = unique("prefs");
		Map<String, String> properties = Map.of("duijie.notification.preferences-topic", topic);
		startAtEnd(group);
		String recipient = unique("ent");
		JsonNode before;
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			try (SeparateContext first = SeparateContext.start(11, group, TestInfra.smtpPort(), properties)) {
				put(first, recipient, preferencesJson(receiver.url("/restart")));
				unsubscribeByLink(first, recipient);
				before = preferences(first, recipient);
				first.redis().execute((RedisCallback<Object>) (connection) -> {
					connection.serverCommands().flushDb();
					return null;
				});
			}
			try (SeparateContext second = SeparateContext.start(11, group, TestInfra.smtpPort(), properties)) {
				// refilled at start-up, before the web server answers
				assertThat(second.redis().hasKey("duijie:notification:preferences:" + recipient)).isTrue();
				assertThat(second.counter("duijie.notification.preferences.replayed")).isGreaterThanOrEqualTo(1);
				JsonNode after = preferences(second, recipient);
				assertThat(after).isEqualTo(before);
				assertThat(channels(after)).containsExactly("INBOX", "WEBHOOK");
			}
		}
	}

	private static void startAtEnd(String group) {
		TestInfra.consumedTopics();
		TestInfra.startGroupAtEnd(group, Topics.MATCHES);
		// other tests' acceptances and meetings are not this test's to send
		TestInfra.startGroupAtEnd(group, Topics.MATCH_ACCEPTANCES);
		TestInfra.startGroupAtEnd(group, Topics.FAIR_MEETINGS);
	}

	/**
	 * Every field set: e-mail, webhook with its own secret, English, quiet hours that do
	 * not hold anything back now (they start two hours from now), a digest time.
	 */
	private static String preferencesJson(String webhookUrl) {
		ZoneId zone = ZoneId.of("Asia/Shanghai");
		ZonedDateTime now = ZonedDateTime.now(zone);
		DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
		return "{\"channels\":[\"INBOX\",\"EMAIL\",\"WEBHOOK\"],\"webhookUrl\":\"" + webhookUrl
				+ "\",\"webhookFormat\":\"STANDARD\",\"webhookSecret\":\"" + OWN_SECRET
				+ "\",\"locale\":\"en\",\"quietHours\":{\"start\":\"" + now.plusHours(2).format(hhmm) + "\",\"end\":\""
				+ now.plusHours(3).format(hhmm)
				+ "\"},\"mode\":\"IMMEDIATE\",\"digestTime\":\"19:30\",\"timeZone\":\"Asia/Shanghai\"}";
	}

	private static void put(SeparateContext context, String recipientId, String json) {
		HttpResponse<String> response = http(HttpRequest.newBuilder(uri(context, recipientId, "/preferences"))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	/** POSTs to the unsubscribe link every e-mail carries (RFC 8058 one-click). */
	private static void unsubscribeByLink(SeparateContext context, String recipientId) {
		String token = context.bean(UnsubscribeTokens.class).token(recipientId);
		URI link = URI.create(uri(context, recipientId, "/unsubscribe") + "?token=" + token);
		HttpResponse<String> response = http(HttpRequest.newBuilder(link)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	private static JsonNode preferences(SeparateContext context, String recipientId) {
		HttpResponse<String> response = http(HttpRequest.newBuilder(uri(context, recipientId, "/preferences")).GET());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return TestEvents.JSON.readTree(response.body());
	}

	private static java.util.List<String> channels(JsonNode preferences) {
		java.util.List<String> channels = new java.util.ArrayList<>();
		preferences.get("channels").forEach((c) -> channels.add(c.asString()));
		return channels;
	}

	private static URI uri(SeparateContext context, String recipientId, String path) {
		return URI.create("http://127.0.0.1:" + context.port() + "/api/recipients/" + recipientId + path);
	}

	private static HttpResponse<String> http(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
