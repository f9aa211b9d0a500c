package io.duijie.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.Topics;
import org.junit.jupiter.api.Test;

import static io.duijie.notification.TestEvents.enterprise;
import static io.duijie.notification.TestEvents.match;
import static io.duijie.notification.TestEvents.send;
import static io.duijie.notification.TestEvents.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The delivery ledger survives the service and Redis: the service stopped mid-stream and
 * started again loses nothing and repeats at most what was in flight (with the same id);
 * a sender that dies between sending and recording leaves a lease that the next instance
 * takes over (one duplicate, same id); Redis flushed while running is refilled from the
 * ledger topic before the next claim, and nothing is sent twice. Each scenario has its
 * own Redis database, consumer group and ledger topic.
 */
class LedgerRecoveryTest {

	private static final Duration WAIT = Duration.ofSeconds(90);

	@Test
	void restartMidStreamLosesNothingAndRepeatsOnlyWhatWasInFlight() throws Exception {
		String group = unique("ledger-restart");
		Map<String, String> properties = Map.of("duijie.notification.delivery.ledger-topic", unique("ledger"),
				"duijie.notification.delivery.lease", "3s", "duijie.notification.delivery.retry.max-attempts", "100");
		TestInfra.consumedTopics();
		TestInfra.startGroupAtEnd(group, Topics.MATCHES);
		// other tests' acceptances and meetings are not this test's to send
		TestInfra.startGroupAtEnd(group, Topics.MATCH_ACCEPTANCES);
		TestInfra.startGroupAtEnd(group, Topics.FAIR_MEETINGS);
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			List<String> enterprises = new ArrayList<>();
			List<String> expected = new ArrayList<>();
			List<MatchProposed> matches = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				String enterpriseId = unique("ent");
				enterprises.add(enterpriseId);
				send(enterprise(enterpriseId, 1, null, null));
				MatchProposed proposed = match(enterpriseId, unique("cp"), 1, 1, null);
				matches.add(proposed);
				expected.add(proposed.matchId() + "/e1-p1/" + enterpriseId + "/WEBHOOK");
			}
			// the receiver takes ten, then answers 503 until the service has been
			// restarted: thirty deliveries are waiting for a retry when it stops
			AtomicBoolean restarted = new AtomicBoolean();
			AtomicInteger answered = new AtomicInteger();
			receiver.answer(() -> (restarted.get() || answered.incrementAndGet() <= 10) ? 204 : 503);
			try (SeparateContext first = SeparateContext.start(7, group, TestInfra.smtpPort(), properties)) {
				for (String enterpriseId : enterprises) {
					first.redis()
						.opsForValue()
						.set("duijie:notification:preferences:" + enterpriseId,
								"{\"channels\":[\"WEBHOOK\"],\"webhookUrl\":\"" + receiver.url("/r")
										+ "\",\"locale\":\"zh-CN\",\"custom\":true}");
				}
				await().atMost(WAIT)
					.until(() -> first.redis().hasKey("duijie:notification:contact:" + enterprises.get(39)));
				matches.forEach(TestEvents::send);
				await().atMost(WAIT).until(() -> receiver.calls().size() >= 40);
			}
			assertThat(receiver.calls().stream().filter(WebhookReceiver.Call::succeeded)).hasSize(10);
			restarted.set(true);

			try (SeparateContext second = SeparateContext.start(7, group, TestInfra.smtpPort(), properties)) {
				await().atMost(WAIT)
					.until(() -> receiver.calls()
						.stream()
						.filter(WebhookReceiver.Call::succeeded)
						.map((c) -> c.header("webhook-id"))
						.collect(Collectors.toSet())
						.containsAll(expected));
				Map<String, Long> perId = receiver.calls()
					.stream()
					.filter(WebhookReceiver.Call::succeeded)
					.collect(Collectors.groupingBy((c) -> c.header("webhook-id"), Collectors.counting()));
				assertThat(perId).containsOnlyKeys(expected);
				// the bound: only deliveries in flight at the stop (one per listener
				// thread, three, plus the poller's) may come twice, each with its own id
				long duplicates = perId.values().stream().mapToLong((n) -> n - 1).sum();
				assertThat(duplicates).isLessThanOrEqualTo(4);
				assertThat(perId.values()).allSatisfy((n) -> assertThat(n).isLessThanOrEqualTo(2));
			}
		}
	}

	@Test
	void aSenderThatDiedBetweenSendingAndRecordingIsTakenOverOnceWithTheSameId() throws Exception {
		String group = unique("ledger-crash");
		Map<String, String> properties = Map.of("duijie.notification.delivery.ledger-topic", unique("ledger"),
				"duijie.notification.delivery.lease", "2s");
		TestInfra.consumedTopics();
		TestInfra.startGroupAtEnd(group, Topics.MATCHES);
		// other tests' acceptances and meetings are not this test's to send
		TestInfra.startGroupAtEnd(group, Topics.MATCH_ACCEPTANCES);
		TestInfra.startGroupAtEnd(group, Topics.FAIR_MEETINGS);
		Map<Object, Object> whileSending = new java.util.concurrent.ConcurrentHashMap<>();
		try (WebhookReceiver receiver = new WebhookReceiver();
				SeparateContext context = SeparateContext.start(8, group, TestInfra.smtpPort(), properties)) {
			String enterpriseId = unique("ent");
			MatchProposed proposed = match(enterpriseId, unique("cp"), 1, 1, null);
			String id = proposed.matchId() + "/e1-p1/" + enterpriseId + "/WEBHOOK";
			String key = "duijie:notification:delivery:" + id;
			// the receiver notes the ledger entry as it is while the POST is under way
			receiver.answer(() -> {
				if (whileSending.isEmpty()) {
					whileSending.putAll(context.redis().opsForHash().entries(key));
				}
				return 204;
			});
			preferences(context, List.of(enterpriseId), receiver);
			send(enterprise(enterpriseId, 1, null, null));
			await().atMost(WAIT).until(() -> context.redis().hasKey("duijie:notification:contact:" + enterpriseId));
			send(proposed);
			await().atMost(WAIT).until(() -> "SENT".equals(context.redis().opsForHash().get(key, "status")));
			assertThat(receiver.calls()).hasSize(1);
			assertThat(whileSending).containsEntry("status", "SENDING").containsKey("payload");

			// the sender "dies" right after its POST: Redis holds the claim as it was,
			// with
			// its lease in the due set, and nothing was recorded
			context.redis().delete(key);
			context.redis().opsForHash().putAll(key, whileSending);
			context.redis()
				.opsForZSet()
				.add("duijie:notification:deliveries:due", id, System.currentTimeMillis() + 2000);
			await().atMost(WAIT).until(() -> "SENT".equals(context.redis().opsForHash().get(key, "status")));
			await().atMost(WAIT).until(() -> receiver.calls().size() == 2);
			// exactly one duplicate, carrying the same id, and the ledger says SENT
			assertThat(receiver.calls()).extracting((c) -> c.header("webhook-id")).containsOnly(id);
			assertThat(context.redis().opsForHash().get(key, "attempts")).isEqualTo("2");
			// a redelivery of the match now finds it SENT
			send(TestEvents.again(proposed));
			await().atMost(WAIT)
				.untilAsserted(() -> assertThat(
						context.counter("duijie.notification.deliveries", "channel", "WEBHOOK", "outcome", "duplicate"))
					.isEqualTo(1));
			assertThat(receiver.calls()).hasSize(2);
		}
	}

	@Test
	void redisFlushedWhileRunningIsRefilledAndNothingIsSentTwice() throws Exception {
		String group = unique("ledger-flush");
		Map<String, String> properties = Map.of("duijie.notification.delivery.ledger-topic", unique("ledger"));
		TestInfra.consumedTopics();
		TestInfra.startGroupAtEnd(group, Topics.MATCHES);
		// other tests' acceptances and meetings are not this test's to send
		TestInfra.startGroupAtEnd(group, Topics.MATCH_ACCEPTANCES);
		TestInfra.startGroupAtEnd(group, Topics.FAIR_MEETINGS);
		try (WebhookReceiver receiver = new WebhookReceiver();
				SeparateContext context = SeparateContext.start(9, group, TestInfra.smtpPort(), properties)) {
			List<String> enterprises = new ArrayList<>();
			List<MatchProposed> matches = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				String enterpriseId = unique("ent");
				enterprises.add(enterpriseId);
				send(enterprise(enterpriseId, 1, null, null));
				matches.add(match(enterpriseId, unique("cp"), 1, 1, null));
			}
			preferences(context, enterprises, receiver);
			await().atMost(WAIT)
				.until(() -> context.redis().hasKey("duijie:notification:contact:" + enterprises.get(4)));
			matches.forEach(TestEvents::send);
			await().atMost(WAIT).until(() -> receiver.calls().size() == 5);
			double rebuildsBefore = context.counter("duijie.notification.ledger.rebuilds");

			context.redis().execute((org.springframework.data.redis.core.RedisCallback<Object>) (connection) -> {
				connection.serverCommands().flushDb();
				return null;
			});
			// what the rest of the service needs back (contacts and preferences are not
			// the
			// ledger's business): the profiles again, the preferences again
			enterprises.forEach((id) -> send(enterprise(id, 2, null, null)));
			preferences(context, enterprises, receiver);
			await().atMost(WAIT)
				.until(() -> context.redis().hasKey("duijie:notification:contact:" + enterprises.get(4)));
			// the same matches again (a replay): the ledger is refilled and says SENT
			matches.forEach((m) -> send(TestEvents.again(m)));
			MatchProposed fresh = match(enterprises.get(0), unique("cp"), 2, 1, null);
			send(fresh);
			await().atMost(WAIT).until(() -> receiver.calls().size() == 6);
			await().atMost(WAIT)
				.untilAsserted(() -> assertThat(
						context.counter("duijie.notification.deliveries", "channel", "WEBHOOK", "outcome", "duplicate"))
					.isEqualTo(5));
			assertThat(context.counter("duijie.notification.ledger.rebuilds")).isEqualTo(rebuildsBefore + 1);
			assertThat(context.redis().hasKey("duijie:notification:ledger:rebuilt")).isTrue();
			assertThat(receiver.calls()).extracting((c) -> c.header("webhook-id")).doesNotHaveDuplicates();
			assertThat(receiver.calls().get(5).header("webhook-id")).startsWith(fresh.matchId());
		}
	}

	private static void preferences(SeparateContext context, List<String> enterprises, WebhookReceiver receiver) {
		for (String enterpriseId : enterprises) {
			context.redis()
				.opsForValue()
				.set("duijie:notification:preferences:" + enterpriseId, "{\"channels\":[\"WEBHOOK\"],\"webhookUrl\":\""
						+ receiver.url("/f") + "\",\"locale\":\"zh-CN\",\"custom\":true}");
		}
	}

}
