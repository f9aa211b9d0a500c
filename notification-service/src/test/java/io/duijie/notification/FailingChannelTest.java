package io.duijie.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.Topics;
import io.duijie.notification.inbox.InboxStore;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static io.duijie.notification.TestEvents.enterprise;
import static io.duijie.notification.TestEvents.match;
import static io.duijie.notification.TestEvents.send;
import static io.duijie.notification.TestEvents.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SMTP is down (connection refused, a transient failure): the e-mail is retried with
 * back-off by the retry poller while the record is done at once (the inbox entry was made
 * and the next record is processed), then parked after the last attempt with the reason.
 * With SMTP back, {@code POST /api/deliveries/{id}/retry} sends it; the mail carries the
 * notification id in its headers and a Message-ID derived from it.
 */
class FailingChannelTest {

	private static final int REDIS_DATABASE = 6;

	private static final int MAX_ATTEMPTS = 3;

	@Test
	void failingChannelIsRetriedParkedAndSentAgainThroughTheApi() throws Exception {
		String group = unique("failing-group");
		String from = unique("failing") + "@localhost";
		String enterpriseId = unique("ent");
		String email = enterpriseId + "@huaxin.example.com";
		TestInfra.consumedTopics();
		TestInfra.startGroupAtEnd(group, Topics.MATCHES);
		// the other consumed topics hold other tests' events, which would fail on SMTP
		// too
		TestInfra.startGroupAtEnd(group, Topics.MATCH_ACCEPTANCES);
		TestInfra.startGroupAtEnd(group, Topics.FAIR_MEETINGS);
		send(enterprise(enterpriseId, 1, email, null));
		MatchProposed proposed = match(enterpriseId, unique("cp"), 1, 1, null);
		String emailId = proposed.matchId() + "/e1-p1/" + enterpriseId + "/EMAIL";
		int closedPort = TestInfra.freePort();
		Map<String, String> properties = Map.of("duijie.notification.mail-from", from,
				"duijie.notification.delivery.ledger-topic", unique("ledger-failing"),
				"duijie.notification.delivery.retry.max-attempts", String.valueOf(MAX_ATTEMPTS));

		try (SeparateContext down = SeparateContext.start(REDIS_DATABASE, group, closedPort, properties)) {
			await().atMost(Duration.ofSeconds(60))
				.until(() -> down.redis().hasKey("duijie:notification:contact:" + enterpriseId));
			send(proposed);
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(
						down.redis().opsForHash().get("duijie:notification:delivery:" + emailId, "status"))
					.isEqualTo("FAILED"));
			assertThat(down.redis().opsForHash().get("duijie:notification:delivery:" + emailId, "reason"))
				.isEqualTo("gave up after " + MAX_ATTEMPTS + " attempts: connection refused");
			assertThat(down.counter("duijie.notification.deliveries", "channel", "EMAIL", "outcome", "failed"))
				.isEqualTo(MAX_ATTEMPTS);
			assertThat(down.counter("duijie.notification.deliveries", "channel", "EMAIL", "outcome", "retried"))
				.isEqualTo(MAX_ATTEMPTS - 1);
			assertThat(down.counter("duijie.notification.deliveries", "channel", "EMAIL", "outcome", "parked"))
				.isEqualTo(1);
			assertThat(down.counter("duijie.notification.deliveries", "channel", "INBOX", "outcome", "delivered"))
				.isEqualTo(1);
			assertThat(down.bean(InboxStore.class).newest(enterpriseId, 10)).hasSize(1);
			String list = http(down, "GET", "/api/deliveries?status=FAILED").body();
			assertThat(list).contains(emailId).doesNotContain(email);
		}
		assertThat(TestInfra.mailsTo(email, from)).isEmpty();

		// SMTP is back: the parked mail is sent through the API, the inbox entry is not
		// repeated
		try (SeparateContext up = SeparateContext.start(REDIS_DATABASE, group, TestInfra.smtpPort(), properties)) {
			HttpResponse<String> retried = http(up, "POST", "/api/deliveries/" + emailId + "/retry");
			assertThat(retried.statusCode()).isEqualTo(200);
			assertThat(retried.body()).contains("\"status\":\"SENT\"");
			assertThat(TestInfra.mailsTo(email, from)).hasSize(1);
			MimeMessage mail = TestInfra.mailsTo(email, from).get(0);
			assertThat(mail.getHeader("X-Duijie-Notification-Id")).containsExactly(emailId);
			assertThat(mail.getMessageID()).isEqualTo("<" + emailId + "@localhost>");
			assertThat(up.bean(InboxStore.class).newest(enterpriseId, 10)).hasSize(1);
			assertThat(http(up, "POST", "/api/deliveries/" + emailId + "/retry").statusCode()).isEqualTo(409);
		}
	}

	private static HttpResponse<String> http(SeparateContext context, String method, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + context.port() + path))
			.header("Accept-Language", "en")
			.method(method, HttpRequest.BodyPublishers.noBody())
			.timeout(Duration.ofSeconds(30))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
