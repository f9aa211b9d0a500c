package io.duijie.notification;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.duijie.contracts.CloudEventHeaders;
import io.duijie.contracts.EventSchemas;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.Topics;
import io.duijie.testsupport.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.duijie.notification.TestEvents.enterprise;
import static io.duijie.notification.TestEvents.match;
import static io.duijie.notification.TestEvents.send;
import static io.duijie.notification.TestEvents.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * WEBHOOK against a real HTTP server on loopback: Standard Webhooks signatures checked by
 * the official {@code com.standardwebhooks} library, the robot formats with their own
 * signatures recomputed here from the robots' documentation, and a receiver that answers
 * 500 for a while: every notification is delivered exactly once.
 */
class WebhookDeliveryTest extends NotificationIntegrationTest {

	private WebhookReceiver receiver;

	@BeforeEach
	void startReceiver() throws Exception {
		this.receiver = new WebhookReceiver();
	}

	@AfterEach
	void stopReceiver() {
		this.receiver.close();
	}

	@Test
	void standardWebhookVerifiesWithTheOfficialLibrary() throws Exception {
		String enterpriseId = unique("ent");
		preferences(enterpriseId, "{\"channels\":[\"WEBHOOK\"],\"webhookUrl\":\""
				+ this.receiver.url("/hooks/" + enterpriseId) + "\",\"locale\":\"en\"}");
		send(enterprise(enterpriseId, 1, enterpriseId + "@huaxin.example.com", null));
		MatchProposed proposed = match(enterpriseId, unique("cp"), 1, 1, null);
		send(proposed);

		await().atMost(WAIT).until(() -> !this.receiver.calls().isEmpty());
		WebhookReceiver.Call call = this.receiver.calls().get(0);
		String notificationId = proposed.matchId() + "/e1-p1/" + enterpriseId + "/WEBHOOK";
		assertThat(call.path()).isEqualTo("/hooks/" + enterpriseId);
		assertThat(call.header("Content-Type")).startsWith("application/json");
		assertThat(call.header("webhook-id")).isEqualTo(notificationId);
		assertThat(call.header("webhook-timestamp")).matches("[0-9]{10}");
		assertThat(call.header("webhook-signature")).startsWith("v1,");
		// the official library accepts it, and refuses a tampered body or another secret
		new Webhook(SECRET).verify(call.text(), call.lowerCaseHeaders());
		assertThatThrownBy(
				() -> new Webhook(SECRET).verify(call.text().replace("0.87", "0.99"), call.lowerCaseHeaders()))
			.isInstanceOf(WebhookVerificationException.class);
		assertThatThrownBy(() -> new Webhook("whsec_" + Base64.getEncoder().encodeToString(new byte[24]))
			.verify(call.text(), call.lowerCaseHeaders())).isInstanceOf(WebhookVerificationException.class);

		JsonNode body = TestEvents.JSON.readTree(call.body());
		assertThat(body.get("notificationId").asString()).isEqualTo(notificationId);
		assertThat(body.get("type").asString()).isEqualTo("match.proposed");
		assertThat(body.get("score").asDouble()).isEqualTo(0.87);
		assertThat(body.get("reasons")).hasSize(2);
		assertThat(body.get("title").asString()).isEqualTo("New match: 清远高新区新材料产业集群");
		assertThat(body.get("titles").get("zh").asString()).isEqualTo("新匹配推荐：清远高新区新材料产业集群");
		assertThat(call.text()).doesNotContain("@huaxin.example.com");

		ConsumerRecord<String, byte[]> delivered = KafkaProbe
			.awaitRecords(Topics.NOTIFICATION_DELIVERIES,
					(seen) -> seen.stream().anyMatch((r) -> TestEvents.text(r.value()).contains(notificationId)))
			.stream()
			.filter((r) -> TestEvents.text(r.value()).contains(notificationId))
			.findFirst()
			.orElseThrow();
		EventSchemas.assertValid(KafkaProbe.header(delivered, CloudEventHeaders.TYPE), delivered.value());
		assertThat(TestEvents.JSON.readTree(delivered.value()).get("detail").asString())
			.isEqualTo("posted to http://127.0.0.1/***");
	}

	@Test
	void aRecipientsOwnSecretSignsTheirWebhooks() throws Exception {
		String own = "whsec_" + Base64.getEncoder().encodeToString("recipient-own-secret-24b".getBytes());
		String enterpriseId = unique("ent");
		preferences(enterpriseId, "{\"channels\":[\"WEBHOOK\"],\"webhookUrl\":\"" + this.receiver.url("/own")
				+ "\",\"webhookSecret\":\"" + own + "\"}");
		send(enterprise(enterpriseId, 1, null, null));
		send(match(enterpriseId, unique("cp"), 1, 1, null));
		await().atMost(WAIT).until(() -> !this.receiver.callsTo("/own").isEmpty());
		WebhookReceiver.Call call = this.receiver.callsTo("/own").get(0);
		new Webhook(own).verify(call.text(), call.lowerCaseHeaders());
		assertThatThrownBy(() -> new Webhook(SECRET).verify(call.text(), call.lowerCaseHeaders()))
			.isInstanceOf(WebhookVerificationException.class);
		// the secret is never shown back
		assertThat(get("/api/recipients/" + enterpriseId + "/preferences", "en").body()).doesNotContain(own)
			.contains("\"webhookSecretSet\":true");
	}

	@Test
	void receiverFailingForAWhileGetsEveryNotificationExactlyOnce() throws Exception {
		int notifications = 6;
		AtomicInteger failuresLeft = new AtomicInteger(10);
		this.receiver.answer(() -> (failuresLeft.getAndDecrement() > 0) ? 500 : 200);
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < notifications; i++) {
			String enterpriseId = unique("ent");
			preferences(enterpriseId,
					"{\"channels\":[\"INBOX\",\"WEBHOOK\"],\"webhookUrl\":\"" + this.receiver.url("/flaky") + "\"}");
			send(enterprise(enterpriseId, 1, null, null));
			MatchProposed proposed = match(enterpriseId, unique("cp"), 1, 1, null);
			send(proposed);
			expected.add(proposed.matchId() + "/e1-p1/" + enterpriseId + "/WEBHOOK");
		}
		await().atMost(WAIT)
			.until(() -> this.receiver.callsTo("/flaky")
				.stream()
				.filter(WebhookReceiver.Call::succeeded)
				.map((c) -> c.header("webhook-id"))
				.collect(Collectors.toSet())
				.containsAll(expected));
		List<WebhookReceiver.Call> calls = this.receiver.callsTo("/flaky");
		Map<String, Long> successes = calls.stream()
			.filter(WebhookReceiver.Call::succeeded)
			.collect(Collectors.groupingBy((c) -> c.header("webhook-id"), Collectors.counting()));
		assertThat(successes).containsOnlyKeys(expected).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
		// ten refusals were retried, with the same id each time, and every call is signed
		assertThat(calls).hasSize(notifications + 10);
		assertThat(calls).extracting((c) -> c.header("webhook-id")).containsOnlyElementsOf(expected);
		for (WebhookReceiver.Call call : calls) {
			new Webhook(SECRET).verify(call.text(), call.lowerCaseHeaders());
		}
		// the inbox entries were made once each, on the first attempt
		for (String id : expected) {
			String enterpriseId = id.split("/")[2];
			assertThat(inbox(enterpriseId)).hasSize(1);
		}
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(deliveries("WEBHOOK", "retried")).isGreaterThanOrEqualTo(10));
	}

	@Test
	void robotFormatsAreReadyMessagesSignedAsEachRobotSays() throws Exception {
		this.receiver.answer(() -> 200).responseBody("{\"errcode\":0,\"code\":0}");
		String wecom = unique("ent");
		String dingtalk = unique("ent");
		String feishu = unique("ent");
		preferences(wecom, "{\"channels\":[\"WEBHOOK\"],\"webhookUrl\":\"" + this.receiver.url("/wecom")
				+ "?key=k1\",\"webhookFormat\":\"WECOM\"}");
		preferences(dingtalk, "{\"channels\":[\"WEBHOOK\"],\"webhookUrl\":\"" + this.receiver.url("/dingtalk")
				+ "?access_token=t1\",\"webhookFormat\":\"DINGTALK\",\"webhookSecret\":\"SECding\",\"locale\":\"en\"}");
		preferences(feishu, "{\"channels\":[\"WEBHOOK\"],\"webhookUrl\":\"" + this.receiver.url("/feishu")
				+ "\",\"webhookFormat\":\"feishu\",\"webhookSecret\":\"fs-secret\"}");
		for (String id : List.of(wecom, dingtalk, feishu)) {
			send(enterprise(id, 1, null, null));
			send(match(id, unique("cp"), 1, 1, null));
		}
		await().atMost(WAIT)
			.until(() -> !this.receiver.callsTo("/wecom").isEmpty() && !this.receiver.callsTo("/dingtalk").isEmpty()
					&& !this.receiver.callsTo("/feishu").isEmpty());

		WebhookReceiver.Call wecomCall = this.receiver.callsTo("/wecom").get(0);
		assertThat(wecomCall.query()).isEqualTo("key=k1");
		JsonNode wecomBody = TestEvents.JSON.readTree(wecomCall.body());
		assertThat(wecomBody.get("msgtype").asString()).isEqualTo("markdown");
		assertThat(wecomBody.get("markdown").get("content").asString()).startsWith("**新匹配推荐：清远高新区新材料产业集群**");
		assertThat(wecomCall.header("webhook-id")).endsWith("/" + wecom + "/WEBHOOK");

		WebhookReceiver.Call dingCall = this.receiver.callsTo("/dingtalk").get(0);
		Map<String, String> query = query(dingCall.query());
		assertThat(query).containsEntry("access_token", "t1").containsKeys("timestamp", "sign");
		// DingTalk: base64(HMAC-SHA256(key = secret, timestamp + "\n" + secret)),
		// URL-encoded
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec("SECding".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String expectedSign = Base64.getEncoder()
			.encodeToString(mac.doFinal((query.get("timestamp") + "\nSECding").getBytes(StandardCharsets.UTF_8)));
		assertThat(query.get("sign")).isEqualTo(expectedSign);
		JsonNode dingBody = TestEvents.JSON.readTree(dingCall.body());
		assertThat(dingBody.get("msgtype").asString()).isEqualTo("markdown");
		assertThat(dingBody.get("markdown").get("title").asString()).isEqualTo("New match: 清远高新区新材料产业集群");

		WebhookReceiver.Call feishuCall = this.receiver.callsTo("/feishu").get(0);
		JsonNode feishuBody = TestEvents.JSON.readTree(feishuCall.body());
		assertThat(feishuBody.get("msg_type").asString()).isEqualTo("text");
		assertThat(feishuBody.get("content").get("text").asString()).startsWith("新匹配推荐");
		// Feishu: base64(HMAC-SHA256(key = timestamp + "\n" + secret, empty message))
		String timestamp = feishuBody.get("timestamp").asString();
		Mac feishuMac = Mac.getInstance("HmacSHA256");
		feishuMac.init(new SecretKeySpec((timestamp + "\nfs-secret").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		assertThat(feishuBody.get("sign").asString())
			.isEqualTo(Base64.getEncoder().encodeToString(feishuMac.doFinal()));
		assertThat(Long.parseLong(timestamp)).isCloseTo(System.currentTimeMillis() / 1000,
				org.assertj.core.data.Offset.offset(120L));
	}

	private static Map<String, String> query(String raw) {
		return java.util.Arrays.stream(raw.split("&"))
			.map((pair) -> pair.split("=", 2))
			.collect(
					Collectors.toMap((kv) -> kv[0], (kv) -> java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8)));
	}

}
