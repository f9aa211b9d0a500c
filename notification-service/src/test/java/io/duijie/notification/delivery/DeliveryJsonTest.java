package io.duijie.notification.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import io.duijie.contracts.Channel;
import io.duijie.contracts.Meeting;
import io.duijie.contracts.MeetingParticipant;
import io.duijie.contracts.NotificationDelivered.RecipientType;
import io.duijie.notification.inbox.InboxItem;
import io.duijie.notification.preferences.Preferences;
import io.duijie.notification.preferences.WebhookFormat;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delivery waits as JSON: in the ledger for a retry (without the webhook secret) and in
 * Redis while quiet hours or the digest hold it back. Every kind, the digest included,
 * must come back equal, or a retried meeting e-mail would lose its .ics data.
 */
class DeliveryJsonTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Meeting MEETING = new Meeting("mtg-1", "fair-2030-foshan", "2030 清远高新区（佛山）产业对接会",
			"潭州国际会展中心 3 号馆", "A-12", Instant.parse("2030-05-20T02:00:00Z"), Instant.parse("2030-05-20T02:30:00Z"), 1,
			List.of(new MeetingParticipant("ent-1", MeetingParticipant.ENTERPRISE, "佛山市南海区华信铝型材有限公司", "staff-1"),
					new MeetingParticipant("park-1", MeetingParticipant.PARK, "清远高新区", null)),
			"ent-1~park-1");

	private static final Preferences PREFERENCES = new Preferences(List.of(Channel.EMAIL, Channel.WEBHOOK),
			"li.na@example.com", "https://93.184.215.14/robot", "en", true, WebhookFormat.FEISHU, "robot-secret",
			new Preferences.QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 30)), Preferences.Mode.IMMEDIATE, null,
			"Asia/Shanghai");

	@Test
	void aMovedMeetingEmailSurvivesTheLedgerWithoutItsSecret() {
		NotificationTexts.Texts texts = NotificationTexts.meetingMoved(MEETING, Instant.parse("2030-05-20T01:00:00Z"));
		Message message = Message.ofMeeting(InboxItem.MEETING_MOVED, MEETING, texts.title(), texts.body(),
				Instant.parse("2030-05-20T01:00:00Z"), null, Instant.parse("2030-05-01T08:00:00Z"));
		Delivery delivery = new Delivery(Delivery.notificationId("mtg-1", message.revision(), "ent-1", Channel.EMAIL),
				Channel.EMAIL,
				new Recipient("ent-1", RecipientType.ENTERPRISE, "陈志强", "li.na@example.com", PREFERENCES), message);

		Delivery stored = JSON.readValue(JSON.writeValueAsString(delivery.forStorage()), Delivery.class);

		assertThat(stored.notificationId()).isEqualTo("mtg-1/moved-1/ent-1/EMAIL");
		assertThat(stored.message()).isEqualTo(message);
		assertThat(stored.message().meeting()).isEqualTo(MEETING);
		assertThat(stored.occurredAt()).isEqualTo(Instant.parse("2030-05-01T08:00:00Z"));
		assertThat(stored.recipient().preferences().webhookSecret()).isNull();
		assertThat(stored.recipient().preferences().quietHours()).isEqualTo(PREFERENCES.quietHours());
		// a retry brings the current preferences (and so the secret) back
		assertThat(stored.withPreferences(PREFERENCES)).isEqualTo(delivery);
	}

	@Test
	void aDigestCarriesItsItemsAndHasAStableId() {
		NotificationTexts.Texts scheduled = NotificationTexts.meetingScheduled(MEETING);
		Message first = Message.ofMeeting(InboxItem.MEETING_SCHEDULED, MEETING, scheduled.title(), scheduled.body(),
				null, null, Instant.parse("2030-05-01T08:00:00Z"));
		NotificationTexts.Texts cancelled = NotificationTexts.meetingCancelled(MEETING, "展馆调整");
		Message second = Message.ofMeeting(InboxItem.MEETING_CANCELLED, MEETING, cancelled.title(), cancelled.body(),
				null, "展馆调整", Instant.parse("2030-05-01T09:00:00Z"));
		List<String> ids = List.of("mtg-1/scheduled-1/ent-1/EMAIL", "mtg-1/cancelled-1/ent-1/EMAIL");
		Message digest = Message.ofDigest(LocalDate.parse("2030-05-01"), ids, List.of(first, second));

		Message stored = JSON.readValue(JSON.writeValueAsString(digest), Message.class);

		assertThat(stored).isEqualTo(digest);
		assertThat(stored.isDigest()).isTrue();
		assertThat(stored.items()).containsExactly(first, second);
		assertThat(stored.digestDay()).isEqualTo(LocalDate.parse("2030-05-01"));
		assertThat(stored.occurredAt()).isEqualTo(Instant.parse("2030-05-01T08:00:00Z"));
		// the same items give the same id (claimed once); other items another
		assertThat(Message.ofDigest(LocalDate.parse("2030-05-01"), ids, List.of(first, second)).revision())
			.isEqualTo(digest.revision());
		assertThat(Message.ofDigest(LocalDate.parse("2030-05-01"), ids.subList(0, 1), List.of(first)).revision())
			.isNotEqualTo(digest.revision());
	}

	@Test
	void robotFormatsRenderEveryKind() {
		NotificationTexts.Texts texts = NotificationTexts.meetingCancelled(MEETING, "展馆调整");
		Message message = Message.ofMeeting(InboxItem.MEETING_CANCELLED, MEETING, texts.title(), texts.body(), null,
				"展馆调整", Instant.parse("2030-05-01T09:00:00Z"));
		Map<String, Object> wecom = WebhookMessages.wecom(message.title(), message.body(), false);
		assertThat(String.valueOf(wecom.get("markdown"))).contains(message.title().zh(), message.body().zh());
		Map<String, Object> dingTalk = WebhookMessages.dingTalk(message.title(), message.body(), true);
		assertThat(String.valueOf(dingTalk.get("markdown"))).contains(message.title().en(), message.body().en());
		Map<String, Object> feishu = WebhookMessages.feishu(message.title(), message.body(), false, null, 0);
		assertThat(String.valueOf(feishu.get("content"))).contains(message.title().zh());
	}

}
