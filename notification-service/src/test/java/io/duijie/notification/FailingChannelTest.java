package io.duijie.notification;

import java.time.Duration;
import java.util.Map;

import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.Topics;
import io.duijie.notification.inbox.InboxStore;
import io.duijie.testsupport.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.support.KafkaHeaders;

import static io.duijie.notification.TestEvents.enterprise;
import static io.duijie.notification.TestEvents.match;
import static io.duijie.notification.TestEvents.send;
import static io.duijie.notification.TestEvents.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SMTP is down: the record is retried with back-off, then dead-lettered, and the e-mail's
 * claim is released, so that a redelivery once SMTP is back sends the mail (and only the
 * mail: the inbox entry was made once).
 */
class FailingChannelTest {

	private static final int REDIS_DATABASE = 6;

	private static final int MAX_RETRIES = 2;

	@Test
	void failedChannelIsRetriedDeadLetteredAndReleased() {
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
		String emailClaim = "duijie:notification:sent:" + proposed.matchId() + "/e1-p1/" + enterpriseId + "/EMAIL";
		String inboxClaim = "duijie:notification:sent:" + proposed.matchId() + "/e1-p1/" + enterpriseId + "/INBOX";
		int closedPort = TestInfra.freePort();

		try (SeparateContext down = SeparateContext.start(REDIS_DATABASE, group, closedPort,
				Map.of("duijie.notification.mail-from", from, "duijie.kafka.max-retries", String.valueOf(MAX_RETRIES),
						"duijie.kafka.retry-initial-interval", "100ms", "duijie.kafka.retry-max-interval", "200ms"))) {
			await().atMost(Duration.ofSeconds(60))
				.until(() -> down.redis().hasKey("duijie:notification:contact:" + enterpriseId));
			send(proposed);
			ConsumerRecord<String, byte[]> dead = KafkaProbe.awaitRecord(Topics.deadLetter(Topics.MATCHES),
					proposed.matchId());
			assertThat(KafkaProbe.header(dead, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("Delivery failed for")
				.contains(proposed.matchId() + "/e1-p1/" + enterpriseId + "/EMAIL")
				.doesNotContain(email);
			// the first attempt and every retry tried the e-mail; the inbox entry was
			// made on the first only
			assertThat(down.counter("duijie.notification.deliveries", "channel", "EMAIL", "outcome", "failed"))
				.isEqualTo(1 + MAX_RETRIES);
			assertThat(down.counter("duijie.notification.deliveries", "channel", "INBOX", "outcome", "delivered"))
				.isEqualTo(1);
			assertThat(down.counter("duijie.notification.deliveries", "channel", "INBOX", "outcome", "duplicate"))
				.isEqualTo(MAX_RETRIES);
			assertThat(down.redis().hasKey(emailClaim)).isFalse();
			assertThat(down.redis().hasKey(inboxClaim)).isTrue();
			assertThat(down.redis().getExpire(inboxClaim)).isGreaterThanOrEqualTo(Duration.ofDays(89).toSeconds());
			assertThat(down.bean(InboxStore.class).newest(enterpriseId, 10)).hasSize(1);
		}
		assertThat(TestInfra.mailsTo(email, from)).isEmpty();

		// SMTP is back and the match is redelivered: the mail goes out now, the inbox
		// entry is not repeated
		try (SeparateContext up = SeparateContext.start(REDIS_DATABASE, group, TestInfra.smtpPort(),
				Map.of("duijie.notification.mail-from", from))) {
			send(TestEvents.again(proposed));
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(TestInfra.mailsTo(email, from)).hasSize(1));
			assertThat(up.redis().hasKey(emailClaim)).isTrue();
			assertThat(up.bean(InboxStore.class).newest(enterpriseId, 10)).hasSize(1);
		}
	}

}
