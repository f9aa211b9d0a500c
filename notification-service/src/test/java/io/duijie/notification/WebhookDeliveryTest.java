package io.duijie.notification;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import io.duijie.contracts.CloudEventHeaders;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.Topics;
import io.duijie.contracts.EventSchemas;
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
import static org.awaitility.Awaitility.await;

/**
 * WEBHOOK: a local HTTP server receives the signed POST; the test recomputes the HMAC
 * over the raw body.
 */
class WebhookDeliveryTest extends NotificationIntegrationTest {

	/** What the webhook server received. */
	record Received(String path, Map<String, List<String>> headers, byte[] body) {

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((e) -> e.getKey().equalsIgnoreCase(name))
				.map((e) -> e.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

	}

	private final List<Received> received = new CopyOnWriteArrayList<>();

	/** Answers 500 while positive, then 204. */
	private final AtomicInteger failuresLeft = new AtomicInteger();

	private HttpServer server;

	@BeforeEach
	void startWebhookServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/hooks", (exchange) -> {
			try (InputStream in = exchange.getRequestBody()) {
				this.received.add(new Received(exchange.getRequestURI().getPath(),
						Map.copyOf(exchange.getRequestHeaders()), in.readAllBytes()));
			}
			int status = (this.failuresLeft.getAndDecrement() > 0) ? 500 : 204;
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		this.server.start();
	}

	@AfterEach
	void stopWebhookServer() {
		this.server.stop(0);
	}

	@Test
	void webhookReceivesASignedJsonBody() throws Exception {
		String enterpriseId = unique("ent");
		String url = "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hooks/" + enterpriseId;
		assertThat(put("/api/preferences/" + enterpriseId,
				"{\"channels\":[\"WEBHOOK\"],\"webhookUrl\":\"" + url + "\",\"locale\":\"en\"}", "en")
			.statusCode()).isEqualTo(200);
		send(enterprise(enterpriseId, 1, enterpriseId + "@huaxin.example.com", null));
		MatchProposed proposed = match(enterpriseId, unique("cp"), 1, 1, null);
		send(proposed);

		await().atMost(WAIT).until(() -> !this.received.isEmpty());
		Received call = this.received.get(0);
		assertThat(call.path()).isEqualTo("/hooks/" + enterpriseId);
		assertThat(call.header("Content-Type")).startsWith("application/json");
		String timestamp = call.header("X-Duijie-Timestamp");
		assertThat(timestamp).matches("[0-9]{10}");
		assertThat(call.header("X-Duijie-Signature")).isEqualTo(hmac(SECRET, timestamp, call.body()));

		JsonNode body = TestEvents.JSON.readTree(call.body());
		String notificationId = proposed.matchId() + "/e1-p1/" + enterpriseId + "/WEBHOOK";
		assertThat(body.get("notificationId").asString()).isEqualTo(notificationId);
		assertThat(body.get("type").asString()).isEqualTo("match.proposed");
		assertThat(body.get("matchId").asString()).isEqualTo(proposed.matchId());
		assertThat(body.get("score").asDouble()).isEqualTo(0.87);
		assertThat(body.get("reasons")).hasSize(2);
		assertThat(body.get("locale").asString()).isEqualTo("en");
		assertThat(body.get("title").asString()).isEqualTo("New match: 清远高新区新材料产业集群");
		assertThat(body.get("titles").get("zh").asString()).isEqualTo("新匹配推荐：清远高新区新材料产业集群");
		assertThat(TestEvents.text(call.body())).doesNotContain("@huaxin.example.com");

		ConsumerRecord<String, byte[]> delivered = KafkaProbe
			.awaitRecords(Topics.NOTIFICATION_DELIVERIES,
					(seen) -> seen.stream().anyMatch((r) -> TestEvents.text(r.value()).contains(notificationId)))
			.stream()
			.filter((r) -> TestEvents.text(r.value()).contains(notificationId))
			.findFirst()
			.orElseThrow();
		EventSchemas.assertValid(KafkaProbe.header(delivered, CloudEventHeaders.TYPE), delivered.value());
		assertThat(delivered.key()).isEqualTo(enterpriseId);
		// the detail names the host only: webhook paths often carry tokens
		assertThat(TestEvents.JSON.readTree(delivered.value()).get("detail").asString())
			.isEqualTo("posted to http://127.0.0.1/***");
	}

	@Test
	void failingWebhookIsRetriedUntilItAnswersAndDeliveredOnce() throws Exception {
		this.failuresLeft.set(2);
		String enterpriseId = unique("ent");
		String url = "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hooks/" + enterpriseId;
		assertThat(put("/api/preferences/" + enterpriseId,
				"{\"channels\":[\"INBOX\",\"WEBHOOK\"],\"webhookUrl\":\"" + url + "\"}", "zh-CN")
			.statusCode()).isEqualTo(200);
		send(enterprise(enterpriseId, 1, enterpriseId + "@huaxin.example.com", null));
		MatchProposed proposed = match(enterpriseId, unique("cp"), 1, 1, null);
		send(proposed);

		String notificationId = proposed.matchId() + "/e1-p1/" + enterpriseId + "/WEBHOOK";
		List<ConsumerRecord<String, byte[]>> delivered = KafkaProbe.awaitRecords(Topics.NOTIFICATION_DELIVERIES,
				(seen) -> seen.stream().anyMatch((r) -> TestEvents.text(r.value()).contains(notificationId)));
		assertThat(delivered).filteredOn((r) -> TestEvents.text(r.value()).contains(notificationId)).hasSize(1);
		// two refusals, then the third call went through; the inbox entry was made once,
		// on the first attempt
		assertThat(this.received).hasSize(3);
		assertThat(this.received.get(2).header("X-Duijie-Signature"))
			.isEqualTo(hmac(SECRET, this.received.get(2).header("X-Duijie-Timestamp"), this.received.get(2).body()));
		assertThat(inbox(enterpriseId)).hasSize(1);
		assertThat(TestEvents.JSON.readTree(this.received.get(2).body()).get("title").asString())
			.isEqualTo("新匹配推荐：清远高新区新材料产业集群");
	}

	private static String hmac(String secret, String timestamp, byte[] body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		byte[] signed = (timestamp + ".").getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[signed.length + body.length];
		System.arraycopy(signed, 0, all, 0, signed.length);
		System.arraycopy(body, 0, all, signed.length, body.length);
		return "sha256=" + HexFormat.of().formatHex(mac.doFinal(all));
	}

}
