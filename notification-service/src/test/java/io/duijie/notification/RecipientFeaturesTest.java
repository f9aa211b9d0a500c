package io.duijie.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.duijie.contracts.MatchProposed;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.duijie.notification.TestEvents.enterprise;
import static io.duijie.notification.TestEvents.match;
import static io.duijie.notification.TestEvents.send;
import static io.duijie.notification.TestEvents.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What recipients control and see: the unsubscribe link, quiet hours, the daily digest,
 * inbox paging with read/unread, the live inbox stream, and preferences problems in both
 * languages.
 */
class RecipientFeaturesTest extends NotificationIntegrationTest {

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+/unsubscribe\\?token=[A-Za-z0-9_-]+");

	@Test
	void theUnsubscribeLinkTurnsEmailOff() {
		String enterpriseId = unique("ent");
		String email = enterpriseId + "@huaxin.example.com";
		send(enterprise(enterpriseId, 1, email, null));
		MatchProposed first = match(enterpriseId, unique("cp"), 1, 1, null);
		send(first);
		await().atMost(WAIT).untilAsserted(() -> assertThat(TestInfra.mailsTo(email, MAIL_FROM)).hasSize(1));
		MimeMessage mail = TestInfra.mailsTo(email, MAIL_FROM).get(0);
		Matcher text = LINK.matcher(TestInfra.content(mail));
		assertThat(text.find()).isTrue();
		URI link = URI.create(text.group());
		assertThat(TestInfra.html(mail)).contains("href=\"" + link + "\"");
		assertThat(TestInfra.header(mail, "List-Unsubscribe")).isEqualTo("<" + link + ">");
		assertThat(TestInfra.header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
		String path = link.getRawPath() + "?" + link.getRawQuery();

		HttpResponse<String> page = get(path, "zh-CN");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("确认退订", "method=\"post\"");
		// a GET (a mail scanner) changes nothing
		assertThat(channels(enterpriseId)).contains("EMAIL");
		HttpResponse<String> forged = post(path.replaceAll("token=.*", "token=AAAA"), "en");
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(TestEvents.JSON.readTree(forged.body()).get("detail").asString())
			.isEqualTo("This unsubscribe link is not valid.");

		HttpResponse<String> done = post(path, "zh-CN");
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(done.body()).contains("您已退订");
		assertThat(channels(enterpriseId)).containsExactly("INBOX");

		send(match(enterpriseId, first.partnerId(), 1, 2, null));
		await().atMost(WAIT).untilAsserted(() -> assertThat(inbox(enterpriseId)).hasSize(2));
		assertThat(TestInfra.mailsTo(email, MAIL_FROM)).hasSize(1);
	}

	@Test
	void quietHoursHoldEmailBackUntilTheyEndWhileTheInboxIsImmediate() {
		String enterpriseId = unique("ent");
		String email = enterpriseId + "@huaxin.example.com";
		LocalTime now = this.clock.instant().atZone(ZoneId.of("Asia/Shanghai")).toLocalTime();
		String start = HH_MM.format(now.minusHours(1));
		String end = HH_MM.format(now.plusHours(1));
		assertThat(put("/api/recipients/" + enterpriseId + "/preferences",
				"{\"channels\":[\"INBOX\",\"EMAIL\"],\"quietHours\":{\"start\":\"" + start + "\",\"end\":\"" + end
						+ "\"}}",
				"zh-CN")
			.statusCode()).isEqualTo(200);
		send(enterprise(enterpriseId, 1, email, null));
		MatchProposed proposed = match(enterpriseId, unique("cp"), 1, 1, null);
		send(proposed);
		String mailId = proposed.matchId() + "/e1-p1/" + enterpriseId + "/EMAIL";
		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(inbox(enterpriseId)).hasSize(1);
			assertThat(this.redis.opsForHash().hasKey("duijie:notification:deferred-items:{deferrals}", mailId))
				.isTrue();
		});
		assertThat(TestInfra.mailsTo(email, MAIL_FROM)).isEmpty();
		try {
			this.clock.advance(Duration.ofMinutes(61));
			await().atMost(WAIT).untilAsserted(() -> assertThat(TestInfra.mailsTo(email, MAIL_FROM)).hasSize(1));
		}
		finally {
			this.clock.reset();
		}
		assertThat(TestInfra.header(TestInfra.mailsTo(email, MAIL_FROM).get(0), "X-Duijie-Notification-Id"))
			.isEqualTo(mailId);
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(
					this.redis.opsForHash().hasKey("duijie:notification:deferred-items:{deferrals}", mailId))
				.isFalse());
	}

	@Test
	void theDailyDigestGathersTheDaysNotificationsIntoOneEmail() {
		String enterpriseId = unique("ent");
		String email = enterpriseId + "@huaxin.example.com";
		LocalTime now = this.clock.instant().atZone(ZoneId.of("Asia/Shanghai")).toLocalTime();
		assertThat(
				put("/api/recipients/" + enterpriseId + "/preferences",
						"{\"channels\":[\"INBOX\",\"EMAIL\"],\"mode\":\"DAILY_DIGEST\",\"digestTime\":\""
								+ HH_MM.format(now.plusHours(1)) + "\",\"locale\":\"en\"}",
						"en")
					.statusCode())
			.isEqualTo(200);
		send(enterprise(enterpriseId, 1, email, null));
		MatchProposed first = match(enterpriseId, unique("cp"), 1, 1, null);
		MatchProposed second = match(enterpriseId, unique("cp"), 1, 1, null);
		send(first);
		send(second);
		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(inbox(enterpriseId)).hasSize(2);
			assertThat(this.redis.opsForHash().size("duijie:notification:digest:{" + enterpriseId + "}")).isEqualTo(2);
		});
		assertThat(TestInfra.mailsTo(email, MAIL_FROM)).isEmpty();
		try {
			this.clock.advance(Duration.ofMinutes(62));
			await().atMost(WAIT).untilAsserted(() -> assertThat(TestInfra.mailsTo(email, MAIL_FROM)).hasSize(1));
		}
		finally {
			this.clock.reset();
		}
		MimeMessage digest = TestInfra.mailsTo(email, MAIL_FROM).get(0);
		assertThat(TestInfra.subject(digest)).startsWith("[Duijie] Your Duijie digest of ").endsWith("2 notifications");
		assertThat(TestInfra.content(digest)).contains("New match: 清远高新区新材料产业集群", "Today's notifications")
			.containsPattern("(?s)New match.*New match");
		await().atMost(WAIT)
			.untilAsserted(
					() -> assertThat(this.redis.hasKey("duijie:notification:digest:{" + enterpriseId + "}")).isFalse());
		// both notifications are claimed: of a redelivery and a new revision, the next
		// digest carries the new revision only
		send(TestEvents.again(first));
		send(match(enterpriseId, first.partnerId(), 1, 2, null));
		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(inbox(enterpriseId)).hasSize(3);
			assertThat(this.redis.opsForHash().size("duijie:notification:digest:{" + enterpriseId + "}")).isEqualTo(2);
		});
		try {
			this.clock.advance(Duration.ofHours(25));
			await().atMost(WAIT).untilAsserted(() -> assertThat(TestInfra.mailsTo(email, MAIL_FROM)).hasSize(2));
		}
		finally {
			this.clock.reset();
		}
		assertThat(TestInfra.mailsTo(email, MAIL_FROM)).extracting(TestInfra::subject)
			.anySatisfy((subject) -> assertThat(subject).endsWith(": 1 notification"));
		assertThat(TestInfra.mailsTo(email, MAIL_FROM)).extracting(TestInfra::content)
			.anySatisfy((content) -> assertThat(content).contains("Match updated: 清远高新区新材料产业集群"));
	}

	@Test
	void theInboxPagesCountsUnreadAndMarksReadAndUnread() {
		String enterpriseId = unique("ent");
		send(enterprise(enterpriseId, 1, null, null));
		for (int i = 0; i < 3; i++) {
			send(match(enterpriseId, unique("cp"), 1, 1, null));
		}
		await().atMost(WAIT).untilAsserted(() -> assertThat(inbox(enterpriseId)).hasSize(3));
		JsonNode first = page(enterpriseId, 0, 2);
		assertThat(first.get("items")).hasSize(2);
		assertThat(first.get("total").asLong()).isEqualTo(3);
		assertThat(first.get("unread").asLong()).isEqualTo(3);
		JsonNode second = page(enterpriseId, 1, 2);
		assertThat(second.get("items")).hasSize(1);
		String id = second.get("items").get(0).get("notificationId").asString();

		assertThat(post("/api/recipients/" + enterpriseId + "/inbox/" + id + "/read").statusCode()).isEqualTo(204);
		assertThat(page(enterpriseId, 1, 2).get("items").get(0).get("read").asBoolean()).isTrue();
		assertThat(page(enterpriseId, 0, 2).get("unread").asLong()).isEqualTo(2);
		assertThat(post("/api/recipients/" + enterpriseId + "/inbox/" + id + "/unread").statusCode()).isEqualTo(204);
		assertThat(page(enterpriseId, 0, 2).get("unread").asLong()).isEqualTo(3);
		assertThat(post("/api/recipients/" + enterpriseId + "/inbox/nope/x/unread").statusCode()).isEqualTo(404);

		HttpResponse<String> bad = get("/api/recipients/" + enterpriseId + "/inbox?size=0", "en");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(TestEvents.JSON.readTree(bad.body()).get("detail").asString())
			.isEqualTo("page must be 0 or more and size between 1 and 500.");
	}

	@Test
	void theInboxStreamReceivesANewEntry() throws Exception {
		String enterpriseId = unique("ent");
		send(enterprise(enterpriseId, 1, null, null));
		List<String> lines = new CopyOnWriteArrayList<>();
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(uri("/api/recipients/" + enterpriseId + "/inbox/stream"))
			.header("Accept", "text/event-stream")
			.build();
		CompletableFuture<HttpResponse<Stream<String>>> response = client.sendAsync(request,
				HttpResponse.BodyHandlers.ofLines());
		HttpResponse<Stream<String>> open = response.get(30, java.util.concurrent.TimeUnit.SECONDS);
		assertThat(open.statusCode()).isEqualTo(200);
		assertThat(open.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		Thread reader = new Thread(() -> open.body().forEach(lines::add), "sse-reader");
		reader.setDaemon(true);
		reader.start();
		await().atMost(WAIT).until(() -> lines.contains("event:ready"));

		MatchProposed proposed = match(enterpriseId, unique("cp"), 1, 1, null);
		send(proposed);
		String expectedId = proposed.matchId() + "/e1-p1/" + enterpriseId + "/INBOX";
		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(lines).contains("event:notification", "id:" + expectedId);
			assertThat(lines).anySatisfy((line) -> assertThat(line).startsWith("data:")
				.contains("\"notificationId\":\"" + expectedId + "\"")
				.contains("新匹配推荐"));
		});
		open.body().close();
	}

	@Test
	void newPreferenceFieldsAreValidatedInBothLanguages() {
		String body = "{\"channels\":[\"EMAIL\"],\"quietHours\":{\"start\":\"22h\"},\"mode\":\"WEEKLY\","
				+ "\"timeZone\":\"Asia/Beijing\"}";
		HttpResponse<String> en = put("/api/recipients/" + unique("ent") + "/preferences", body, "en");
		assertThat(en.statusCode()).isEqualTo(400);
		JsonNode problem = TestEvents.JSON.readTree(en.body());
		assertThat(problem.get("errors")).extracting((e) -> e.get("field").asString())
			.containsExactly("quietHours.start", "quietHours.end", "mode", "timeZone");
		assertThat(problem.get("errors")).extracting((e) -> e.get("message").asString())
			.containsExactly("Not a time \"22h\": use HH:mm on the 24-hour clock, e.g. 07:30.",
					"Give a time as HH:mm, e.g. 22:00.", "Unknown mode \"WEEKLY\": use IMMEDIATE or DAILY_DIGEST.",
					"Unknown time zone \"Asia/Beijing\": use an IANA zone such as Asia/Shanghai.");
		HttpResponse<String> zh = put("/api/recipients/" + unique("ent") + "/preferences", body, "zh-CN");
		assertThat(TestEvents.JSON.readTree(zh.body()).get("errors")).extracting((e) -> e.get("message").asString())
			.containsExactly("时间“22h”无效：请使用 24 小时制 HH:mm，例如 07:30。", "请填写时间，格式为 HH:mm，例如 22:00。",
					"未知的通知方式“WEEKLY”：请使用 IMMEDIATE 或 DAILY_DIGEST。",
					"未知的时区“Asia/Beijing”：请使用 IANA 时区，例如 Asia/Shanghai。");

		String recipientId = unique("staff");
		HttpResponse<String> saved = put("/api/recipients/" + recipientId + "/preferences",
				"{\"channels\":[\"INBOX\",\"EMAIL\"],\"quietHours\":{\"start\":\"22:00\",\"end\":\"07:30\"},"
						+ "\"mode\":\"DAILY_DIGEST\",\"digestTime\":\"18:30\"}",
				"zh-CN");
		assertThat(saved.statusCode()).isEqualTo(200);
		// the first path stays an alias
		JsonNode stored = TestEvents.JSON
			.readTree(get("/api/recipients/" + recipientId + "/preferences", "zh-CN").body());
		assertThat(stored.get("quietHours").get("start").asString()).isEqualTo("22:00");
		assertThat(stored.get("quietHours").get("end").asString()).isEqualTo("07:30");
		assertThat(stored.get("mode").asString()).isEqualTo("DAILY_DIGEST");
		assertThat(stored.get("digestTime").asString()).isEqualTo("18:30");
		assertThat(stored.get("timeZone").asString()).isEqualTo("Asia/Shanghai");
	}

	private JsonNode page(String recipientId, int page, int size) {
		HttpResponse<String> response = get("/api/recipients/" + recipientId + "/inbox?page=" + page + "&size=" + size,
				"zh-CN");
		assertThat(response.statusCode()).isEqualTo(200);
		return TestEvents.JSON.readTree(response.body());
	}

	private List<String> channels(String recipientId) {
		JsonNode body = TestEvents.JSON.readTree(get("/api/recipients/" + recipientId + "/preferences", "en").body());
		return body.get("channels").valueStream().map(JsonNode::asString).toList();
	}

}
