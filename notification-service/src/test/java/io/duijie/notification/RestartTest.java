package io.duijie.notification;

import java.time.Duration;
import java.util.Map;

import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.Topics;
import io.duijie.notification.inbox.InboxStore;
import org.junit.jupiter.api.Test;

import static io.duijie.notification.TestEvents.enterprise;
import static io.duijie.notification.TestEvents.match;
import static io.duijie.notification.TestEvents.send;
import static io.duijie.notification.TestEvents.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service is stopped and started again on the same Redis: the contact directory was
 * refilled from the compacted topic the first time (Redis started empty) and is not
 * replayed the second time, and the delivery claims survive, so a redelivered match
 * notifies nobody again.
 */
class RestartTest {

	private static final int REDIS_DATABASE = 5;

	@Test
	void dedupeStateSurvivesARestart() {
		String group = unique("restart-group");
		String from = unique("restart") + "@localhost";
		String enterpriseId = unique("ent");
		String staffId = unique("staff");
		String email = enterpriseId + "@huaxin.example.com";
		Map<String, String> properties = Map.of("duijie.notification.mail-from", from);
		TestInfra.consumedTopics();
		// the profile is on the topic before the service first starts: only the rebuild
		// can know it at once
		send(enterprise(enterpriseId, 1, email, staffId));
		TestInfra.startGroupAtEnd(group, Topics.MATCHES);
		// its own Redis would notify other tests' acceptances and meetings a second time
		TestInfra.startGroupAtEnd(group, Topics.MATCH_ACCEPTANCES);
		TestInfra.startGroupAtEnd(group, Topics.FAIR_MEETINGS);
		MatchProposed proposed = match(enterpriseId, unique("cp"), 1, 1, staffId);

		try (SeparateContext first = SeparateContext.start(REDIS_DATABASE, group, TestInfra.smtpPort(), properties)) {
			assertThat(first.counter("duijie.replay.records", "store", "contacts", "outcome", "applied"))
				.isGreaterThanOrEqualTo(1);
			assertThat(first.redis().opsForValue().get("duijie:notification:contact:" + enterpriseId))
				.contains(enterpriseId);
			send(proposed);
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				assertThat(first.bean(InboxStore.class).newest(enterpriseId, 10)).hasSize(1);
				assertThat(first.bean(InboxStore.class).newest(staffId, 10)).hasSize(1);
				assertThat(TestInfra.mailsTo(email, from)).hasSize(1);
			});
		}

		try (SeparateContext second = SeparateContext.start(REDIS_DATABASE, group, TestInfra.smtpPort(), properties)) {
			// the marker survived: no replay this time
			assertThat(second.counter("duijie.replay.records", "store", "contacts", "outcome", "applied")).isZero();
			send(TestEvents.again(proposed));
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				assertThat(second.counter("duijie.notification.deliveries", "channel", "INBOX", "outcome", "duplicate"))
					.isEqualTo(2);
				assertThat(second.counter("duijie.notification.deliveries", "channel", "EMAIL", "outcome", "duplicate"))
					.isEqualTo(1);
			});
			assertThat(second.counter("duijie.notification.deliveries", "channel", "EMAIL", "outcome", "delivered"))
				.isZero();
			assertThat(second.bean(InboxStore.class).newest(enterpriseId, 10)).hasSize(1);
			assertThat(second.bean(InboxStore.class).newest(staffId, 10)).hasSize(1);
			assertThat(TestInfra.mailsTo(email, from)).hasSize(1);
		}
	}

}
