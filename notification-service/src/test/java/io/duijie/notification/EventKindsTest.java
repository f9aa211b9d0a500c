package io.duijie.notification;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.Meeting;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.duijie.notification.TestEvents.enterprise;
import static io.duijie.notification.TestEvents.match;
import static io.duijie.notification.TestEvents.send;
import static io.duijie.notification.TestEvents.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The event kinds beyond a first proposal, through the inbox and e-mail in both
 * languages: an updated match, a mutual acceptance, and a meeting scheduled, moved and
 * cancelled with .ics invitations that calendars apply in place.
 */
class EventKindsTest extends NotificationIntegrationTest {

	@Test
	void aLaterRevisionIsAnUpdateInBothLanguages() {
		String enterpriseId = unique("ent");
		String email = enterpriseId + "@huaxin.example.com";
		send(enterprise(enterpriseId, 1, email, null));
		MatchProposed first = match(enterpriseId, unique("cp"), 1, 1, null);
		send(first);
		send(match(enterpriseId, first.partnerId(), 1, 2, null));
		await().atMost(WAIT).untilAsserted(() -> assertThat(TestInfra.mailsTo(email, MAIL_FROM)).hasSize(2));

		List<JsonNode> items = inbox(enterpriseId);
		assertThat(items).extracting((i) -> i.get("kind").asString())
			.containsExactly("MATCH_UPDATED", "MATCH_PROPOSED");
		assertThat(items.get(0).get("title").get("zh").asString()).isEqualTo("匹配已更新：清远高新区新材料产业集群");
		assertThat(items.get(0).get("title").get("en").asString()).isEqualTo("Match updated: 清远高新区新材料产业集群");
		MimeMessage update = TestInfra.mailsTo(email, MAIL_FROM)
			.stream()
			.filter((m) -> TestInfra.subject(m).contains("匹配已更新"))
			.findFirst()
			.orElseThrow();
		assertThat(TestInfra.content(update)).contains("的匹配已更新，最新匹配度 87%");
		assertThat(TestInfra.contentType(update)).startsWith("multipart/alternative");
	}

	@Test
	void aMutualAcceptanceReachesEnterprisePartnerAndStaff() {
		String enterpriseId = unique("ent");
		String staffId = unique("staff");
		String partnerId = unique("cp");
		String email = enterpriseId + "@huaxin.example.com";
		String partnerEmail = partnerId + "@qingyuan-hitech.example.com";
		assertThat(put("/api/recipients/" + partnerId + "/preferences",
				"{\"channels\":[\"INBOX\",\"EMAIL\"],\"email\":\"" + partnerEmail + "\",\"locale\":\"en\"}", "en")
			.statusCode()).isEqualTo(200);
		send(enterprise(enterpriseId, 1, email, staffId));
		MatchProposed proposed = match(enterpriseId, partnerId, 1, 1, staffId);
		send(TestEvents.accepted(proposed));
		send(TestEvents.accepted(proposed));

		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(inbox(enterpriseId)).hasSize(1);
			assertThat(inbox(partnerId)).hasSize(1);
			assertThat(inbox(staffId)).hasSize(1);
			assertThat(TestInfra.mailsTo(email, MAIL_FROM)).hasSize(1);
			assertThat(TestInfra.mailsTo(partnerEmail, MAIL_FROM)).hasSize(1);
		});
		JsonNode item = inbox(enterpriseId).get(0);
		assertThat(item.get("kind").asString()).isEqualTo("MATCH_ACCEPTED");
		assertThat(item.get("notificationId").asString())
			.isEqualTo(proposed.matchId() + "/accepted/" + enterpriseId + "/INBOX");
		assertThat(item.get("title").get("zh").asString()).isEqualTo("双方均愿意对接：清远高新区新材料产业集群");
		assertThat(item.get("title").get("en").asString()).isEqualTo("Both sides accepted: 清远高新区新材料产业集群");
		MimeMessage zh = TestInfra.mailsTo(email, MAIL_FROM).get(0);
		assertThat(TestInfra.subject(zh)).isEqualTo("【对接】双方均愿意对接：清远高新区新材料产业集群");
		assertThat(TestInfra.content(zh)).startsWith("陈志强，您好").contains("双方均已确认愿意对接");
		MimeMessage en = TestInfra.mailsTo(partnerEmail, MAIL_FROM).get(0);
		assertThat(TestInfra.subject(en)).isEqualTo("[Duijie] Both sides accepted: 清远高新区新材料产业集群");
		assertThat(TestInfra.content(en)).startsWith("Hello,").contains("both accepted the match");
		assertThat(TestInfra.html(en)).contains("<html lang=\"en\"", "both accepted the match");
		// the redelivered acceptance was a duplicate: still one mail each
		assertThat(TestInfra.mailsTo(email, MAIL_FROM)).hasSize(1);
	}

	@Test
	void aMeetingIsScheduledMovedAndCancelledInPlace() throws Exception {
		String enterpriseId = unique("ent");
		String staffId = unique("staff");
		String parkId = unique("park");
		String meetingId = unique("mtg");
		String email = enterpriseId + "@huaxin.example.com";
		String parkEmail = parkId + "@qingyuan-hitech.example.com";
		assertThat(put("/api/recipients/" + parkId + "/preferences",
				"{\"channels\":[\"INBOX\",\"EMAIL\"],\"email\":\"" + parkEmail + "\",\"locale\":\"en\"}", "en")
			.statusCode()).isEqualTo(200);
		send(enterprise(enterpriseId, 1, email, staffId));
		// wait until the directory knows the enterprise (another topic, no order)
		send(match(enterpriseId, unique("cp"), 1, 1, staffId));
		await().atMost(WAIT).untilAsserted(() -> assertThat(TestInfra.mailsTo(email, MAIL_FROM)).hasSize(1));

		Meeting scheduled = TestEvents.meeting(meetingId, enterpriseId, parkId, staffId, 0, 0);
		Meeting moved = TestEvents.meeting(meetingId, enterpriseId, parkId, staffId, 1, 2);
		Meeting cancelled = TestEvents.meeting(meetingId, enterpriseId, parkId, staffId, 2, 2);
		send(TestEvents.scheduled(scheduled));
		send(TestEvents.moved(moved, scheduled.start()));
		send(TestEvents.cancelled(cancelled, "企业负责人临时出差"));

		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(meetingMails(email)).hasSize(3);
			assertThat(meetingMails(parkEmail)).hasSize(3);
			assertThat(inbox(staffId)).hasSizeGreaterThanOrEqualTo(4);
		});
		assertThat(inbox(parkId)).extracting((i) -> i.get("kind").asString())
			.containsExactly("MEETING_CANCELLED", "MEETING_MOVED", "MEETING_SCHEDULED");
		JsonNode movedItem = inbox(parkId).get(1);
		assertThat(movedItem.get("notificationId").asString()).isEqualTo(meetingId + "/moved-1/" + parkId + "/INBOX");
		assertThat(movedItem.get("meeting").get("sequence").asInt()).isEqualTo(1);
		assertThat(movedItem.get("body").get("zh").asString())
			.contains("由 2030-06-20 10:00 改为 2030-06-20 12:00–12:30（北京时间）");
		assertThat(movedItem.get("body").get("en").asString())
			.contains("moved from 2030-06-20 10:00 to 2030-06-20 12:00–12:30 (Beijing time)");

		for (String address : List.of(email, parkEmail)) {
			List<MimeMessage> mails = meetingMails(address);
			Calendar first = calendarOf(mails, "REQUEST", 0);
			Calendar second = calendarOf(mails, "REQUEST", 1);
			Calendar third = calendarOf(mails, "CANCEL", 2);
			VEvent a = event(first);
			VEvent b = event(second);
			VEvent c = event(third);
			assertThat(prop(a, Property.UID)).isEqualTo(meetingId + "@duijie.io")
				.isEqualTo(prop(b, Property.UID))
				.isEqualTo(prop(c, Property.UID));
			assertThat(prop(a, Property.DTSTART)).isEqualTo("20300620T020000Z");
			assertThat(prop(b, Property.DTSTART)).isEqualTo("20300620T040000Z");
			assertThat(prop(c, Property.STATUS)).isEqualTo("CANCELLED");
			assertThat(prop(a, Property.ATTENDEE)).isEqualTo("mailto:" + address);
			for (MimeMessage mail : mails) {
				assertThat(TestInfra.contentType(mail)).startsWith("multipart/mixed");
				assertThat(TestInfra.header(mail, "List-Unsubscribe")).contains("/unsubscribe?token=");
			}
		}
		MimeMessage zhCancel = meetingMails(email).stream()
			.filter((m) -> TestInfra.subject(m).contains("洽谈已取消"))
			.findFirst()
			.orElseThrow();
		assertThat(TestInfra.content(zhCancel)).contains("取消原因：企业负责人临时出差", "地点：潭州国际会展中心 3 号馆 A-12");
		MimeMessage enMove = meetingMails(parkEmail).stream()
			.filter((m) -> TestInfra.subject(m).equals("[Duijie] Meeting moved: 2030 清远高新区（佛山）产业对接会"))
			.findFirst()
			.orElseThrow();
		assertThat(TestInfra.content(enMove)).contains("When: 2030-06-20 12:00–12:30 (Beijing time)");
	}

	private static List<MimeMessage> meetingMails(String address) {
		return TestInfra.mailsTo(address, MAIL_FROM).stream().filter((m) -> TestInfra.calendar(m).isPresent()).toList();
	}

	/** The calendar among the mails with this METHOD and SEQUENCE: exactly one. */
	private static Calendar calendarOf(List<MimeMessage> mails, String method, int sequence) throws Exception {
		List<Calendar> found = new java.util.ArrayList<>();
		for (MimeMessage mail : mails) {
			Calendar calendar = new CalendarBuilder().build(
					new ByteArrayInputStream(TestInfra.calendar(mail).orElseThrow().getBytes(StandardCharsets.UTF_8)));
			if (method.equals(calendar.getProperty(Property.METHOD).orElseThrow().getValue())
					&& String.valueOf(sequence).equals(prop(event(calendar), Property.SEQUENCE))) {
				found.add(calendar);
			}
		}
		assertThat(found).as("%s SEQUENCE %d", method, sequence).hasSize(1);
		return found.get(0);
	}

	private static VEvent event(Calendar calendar) {
		return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
	}

	private static String prop(VEvent event, String name) {
		return event.getProperty(name).orElseThrow().getValue();
	}

}
