package io.duijie.notification;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.duijie.contracts.CloudEventHeaders;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchRetracted;
import io.duijie.contracts.Topics;
import io.duijie.contracts.EventSchemas;
import io.duijie.testsupport.KafkaProbe;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.duijie.notification.TestEvents.enterprise;
import static io.duijie.notification.TestEvents.match;
import static io.duijie.notification.TestEvents.send;
import static io.duijie.notification.TestEvents.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A match travels from {@code matches} to the enterprise's inbox and mailbox and to its
 * staff member's inbox, exactly once per revision, and is recorded on
 * {@code notification-deliveries}.
 */
class MatchNotificationFlowTest extends NotificationIntegrationTest {

	@Test
	void matchIsDeliveredOncePerRevisionToEnterpriseAndStaff() {
		String enterpriseId = unique("ent");
		String staffId = unique("staff");
		String email = enterpriseId + "@huaxin.example.com";
		send(enterprise(enterpriseId, 1, email, staffId));
		MatchProposed first = match(enterpriseId, unique("cp"), 1, 1, staffId);
		send(first);

		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(inbox(enterpriseId)).hasSize(1);
			assertThat(inbox(staffId)).hasSize(1);
			assertThat(TestInfra.mailsTo(email, MAIL_FROM)).hasSize(1);
		});

		JsonNode item = inbox(enterpriseId).get(0);
		assertThat(item.get("notificationId").asString())
			.isEqualTo(first.matchId() + "/e1-p1/" + enterpriseId + "/INBOX");
		assertThat(item.get("matchId").asString()).isEqualTo(first.matchId());
		assertThat(item.get("revision").asString()).isEqualTo("e1-p1");
		assertThat(item.get("enterpriseName").asString()).isEqualTo("佛山市南海区华信铝型材有限公司");
		assertThat(item.get("partnerName").asString()).isEqualTo("清远高新区新材料产业集群");
		assertThat(item.get("parkName").asString()).isEqualTo("清远高新区");
		assertThat(item.get("score").asDouble()).isEqualTo(0.87);
		assertThat(item.get("title").get("zh").asString()).isEqualTo("新匹配推荐：清远高新区新材料产业集群");
		assertThat(item.get("title").get("en").asString()).isEqualTo("New match: 清远高新区新材料产业集群");
		assertThat(item.get("body").get("zh").asString()).contains("87%", "行业代码 C3252 铝压延加工 与园区主导产业一致");
		assertThat(item.get("body").get("en").asString()).contains("87%", "Foshan is an hour from Qingyuan");
		assertThat(item.get("reasons")).hasSize(2);
		assertThat(item.get("createdAt").asString()).isNotBlank();
		assertThat(item.get("read").asBoolean()).isFalse();
		assertThat(inbox(staffId).get(0).get("notificationId").asString())
			.isEqualTo(first.matchId() + "/e1-p1/" + staffId + "/INBOX");

		MimeMessage mail = TestInfra.mailsTo(email, MAIL_FROM).get(0);
		String text = TestInfra.content(mail);
		// one language per mail now: the recipient's (Chinese by default)
		assertThat(TestInfra.subject(mail)).isEqualTo("【对接】新匹配推荐：清远高新区新材料产业集群");
		assertThat(text).startsWith("陈志强，您好")
			.contains("匹配度：87%（0.87）", "行业代码 C3252 铝压延加工 与园区主导产业一致（+0.50）", "佛山至清远一小时车程")
			.doesNotContain("Dear", "Score");
		assertThat(TestInfra.html(mail)).contains("<li>行业代码 C3252 铝压延加工 与园区主导产业一致（+0.50）</li>");

		// three deliveries: enterprise INBOX and EMAIL, staff INBOX (no e-mail address
		// for the staff member)
		List<ConsumerRecord<String, byte[]>> delivered = deliveredFor(first.matchId(), 3);
		assertThat(delivered).extracting(ConsumerRecord::key)
			.containsExactlyInAnyOrder(enterpriseId, enterpriseId, staffId);
		for (ConsumerRecord<String, byte[]> record : delivered) {
			EventSchemas.assertValid(KafkaProbe.header(record, CloudEventHeaders.TYPE), record.value());
			JsonNode event = TestEvents.JSON.readTree(record.value());
			assertThat(event.get("status").asString()).isEqualTo("DELIVERED");
			assertThat(event.get("revision").asString()).isEqualTo("e1-p1");
			assertThat(KafkaProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/duijie/notification-service");
			assertThat(TestEvents.text(record.value())).doesNotContain(email);
		}

		// a redelivery of the same revision (new event id) notifies nobody; a new
		// revision notifies again
		double duplicateMails = deliveries("EMAIL", "duplicate");
		send(TestEvents.again(first));
		MatchProposed second = match(enterpriseId, first.partnerId(), 1, 2, staffId);
		send(second);
		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(inbox(enterpriseId)).hasSize(2);
			assertThat(inbox(staffId)).hasSize(2);
			assertThat(TestInfra.mailsTo(email, MAIL_FROM)).hasSize(2);
		});
		// same key, same partition: the redelivery was handled before the new revision
		assertThat(inbox(enterpriseId)).extracting((i) -> i.get("revision").asString())
			.containsExactly("e1-p2", "e1-p1");
		assertThat(deliveries("EMAIL", "duplicate")).isGreaterThan(duplicateMails);
		List<ConsumerRecord<String, byte[]>> all = deliveredFor(first.matchId(), 6);
		Set<String> ids = all.stream()
			.map((r) -> TestEvents.JSON.readTree(r.value()).get("notificationId").asString())
			.collect(Collectors.toSet());
		assertThat(ids).hasSize(all.size());
		assertThat(get("/actuator/prometheus", "en").body())
			.contains("duijie_notification_deliveries_total{channel=\"EMAIL\",outcome=\"duplicate\"}");
	}

	@Test
	void inboxEntriesCanBeMarkedRead() {
		String enterpriseId = unique("ent");
		send(enterprise(enterpriseId, 1, enterpriseId + "@huaxin.example.com", null));
		MatchProposed proposed = match(enterpriseId, unique("cp"), 1, 1, null);
		send(proposed);
		await().atMost(WAIT).untilAsserted(() -> assertThat(inbox(enterpriseId)).hasSize(1));
		String notificationId = inbox(enterpriseId).get(0).get("notificationId").asString();

		assertThat(post("/api/inbox/" + enterpriseId + "/" + notificationId + "/read").statusCode()).isEqualTo(204);
		assertThat(inbox(enterpriseId).get(0).get("read").asBoolean()).isTrue();
		var missing = post("/api/inbox/" + enterpriseId + "/" + proposed.matchId() + "/e9-p9/x/INBOX/read");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void retractionAddsOneInboxEntryAndNoMail() {
		String enterpriseId = unique("ent");
		String email = enterpriseId + "@huaxin.example.com";
		send(enterprise(enterpriseId, 1, email, null));
		MatchProposed proposed = match(enterpriseId, unique("cp"), 1, 1, null);
		send(proposed);
		await().atMost(WAIT).untilAsserted(() -> assertThat(inbox(enterpriseId)).hasSize(1));

		send(TestEvents.retracted(proposed));
		send(TestEvents.retracted(proposed));
		// a later revision on the same key proves both retractions were handled
		send(match(enterpriseId, proposed.partnerId(), 1, 2, null));
		await().atMost(WAIT).untilAsserted(() -> assertThat(inbox(enterpriseId)).hasSize(3));

		List<JsonNode> items = inbox(enterpriseId);
		// the match comes back with a new revision: an update of the one notified before
		assertThat(items).extracting((i) -> i.get("kind").asString())
			.containsExactly("MATCH_UPDATED", "MATCH_RETRACTED", "MATCH_PROPOSED");
		JsonNode retraction = items.get(1);
		assertThat(retraction.get("title").get("zh").asString()).isEqualTo("匹配已撤回");
		assertThat(retraction.get("title").get("en").asString()).isEqualTo("Match withdrawn");
		assertThat(retraction.get("partnerName").asString()).isEqualTo("清远高新区新材料产业集群");
		assertThat(retraction.get("revision").asString()).isEqualTo("e1-p1");
		assertThat(retraction.get("body").get("zh").asString()).endsWith("（合作方已撤回）。");
		assertThat(retraction.get("body").get("en").asString()).endsWith("(the partner was withdrawn).");
		// one mail per proposed revision, none for the retraction
		assertThat(TestInfra.mailsTo(email, MAIL_FROM)).hasSize(2)
			.extracting(TestInfra::subject)
			.containsExactlyInAnyOrder("【对接】新匹配推荐：清远高新区新材料产业集群", "【对接】匹配已更新：清远高新区新材料产业集群");
	}

	@Test
	void aDeclinedMatchIsRetractedWithItsReasonInBothLanguages() {
		String enterpriseId = unique("ent");
		send(enterprise(enterpriseId, 1, enterpriseId + "@huaxin.example.com", null));
		MatchProposed proposed = match(enterpriseId, unique("cp"), 1, 1, null);
		send(proposed);
		await().atMost(WAIT).untilAsserted(() -> assertThat(inbox(enterpriseId)).hasSize(1));

		send(TestEvents.retracted(proposed, MatchRetracted.RetractionReason.DECLINED));
		await().atMost(WAIT).untilAsserted(() -> assertThat(inbox(enterpriseId)).hasSize(2));
		JsonNode retraction = inbox(enterpriseId).stream()
			.filter((i) -> "MATCH_RETRACTED".equals(i.get("kind").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(retraction.get("body").get("zh").asString())
			.isEqualTo("「佛山市南海区华信铝型材有限公司」与清远高新区新材料产业集群的匹配已撤回（对方已婉拒）。");
		assertThat(retraction.get("body").get("en").asString())
			.isEqualTo("The match between 佛山市南海区华信铝型材有限公司 and 清远高新区新材料产业集群 was withdrawn (declined by one side).");
	}

	@Test
	void matchArrivingBeforeTheProfileIsRetriedUntilTheContactIsKnown() {
		String enterpriseId = unique("ent");
		String email = enterpriseId + "@huaxin.example.com";
		MatchProposed proposed = match(enterpriseId, unique("cp"), 1, 1, null);
		double misses = contactMisses();
		send(proposed);
		// the profile is sent only once the match was tried without it
		await().atMost(WAIT).until(() -> contactMisses() > misses);
		send(enterprise(enterpriseId, 1, email, null));

		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(inbox(enterpriseId)).hasSize(1);
			assertThat(TestInfra.mailsTo(email, MAIL_FROM)).hasSize(1);
		});
	}

	@Test
	void preferencesChooseChannelsAndAddresses() {
		String enterpriseId = unique("ent");
		String staffId = unique("staff");
		String contactEmail = enterpriseId + "@huaxin.example.com";
		String overrideEmail = enterpriseId + "-bd@huaxin.example.com";
		String staffEmail = staffId + "@qingyuan-hitech.example.com";
		assertThat(put("/api/recipients/" + enterpriseId + "/preferences",
				"{\"channels\":[\"EMAIL\"],\"email\":\"" + overrideEmail + "\"}", "en")
			.statusCode()).isEqualTo(200);
		assertThat(put("/api/recipients/" + staffId + "/preferences",
				"{\"channels\":[\"INBOX\",\"EMAIL\"],\"email\":\"" + staffEmail + "\",\"locale\":\"en\"}", "en")
			.statusCode()).isEqualTo(200);
		send(enterprise(enterpriseId, 1, contactEmail, staffId));
		send(match(enterpriseId, unique("cp"), 1, 1, staffId));

		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(TestInfra.mailsTo(overrideEmail, MAIL_FROM)).hasSize(1);
			assertThat(TestInfra.mailsTo(staffEmail, MAIL_FROM)).hasSize(1);
			assertThat(inbox(staffId)).hasSize(1);
		});
		// the staff member chose English
		assertThat(TestInfra.content(TestInfra.mailsTo(staffEmail, MAIL_FROM).get(0))).startsWith("Hello,")
			.contains("Score: 87% (0.87)")
			.doesNotContain("您好");
		assertThat(TestInfra.mailsTo(contactEmail, MAIL_FROM)).isEmpty();
		assertThat(inbox(enterpriseId)).isEmpty();
	}

	private double contactMisses() {
		var counter = this.meters.find("duijie.notification.contact.misses").counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static List<ConsumerRecord<String, byte[]>> deliveredFor(String matchId, int count) {
		List<ConsumerRecord<String, byte[]>> records = KafkaProbe.awaitRecords(Topics.NOTIFICATION_DELIVERIES,
				(seen) -> seen.stream().filter((r) -> TestEvents.text(r.value()).contains(matchId)).count() >= count);
		return records.stream().filter((r) -> TestEvents.text(r.value()).contains(matchId)).toList();
	}

}
