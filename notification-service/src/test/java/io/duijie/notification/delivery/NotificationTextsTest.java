package io.duijie.notification.delivery;

import java.time.Instant;
import java.util.List;

import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchReason;
import io.duijie.contracts.MatchRetracted;
import io.duijie.contracts.Meeting;
import io.duijie.contracts.MeetingParticipant;
import io.duijie.contracts.PartnerType;
import io.duijie.notification.inbox.LocalizedText;
import io.duijie.notification.mail.MailModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationTextsTest {

	private static final MatchProposed INVESTOR_MATCH = new MatchProposed("e1", Instant.parse("2025-06-18T09:30:00Z"),
			"ent-1~inv-1", "e3-p1", "ent-1", 3, "佛山市南海区华信铝型材有限公司", null, "inv-1", PartnerType.INVESTOR, null, 1,
			"粤科清远创新基金", null, 0.625,
			List.of(new MatchReason("funding", 0.4, "融资需求 2000 万元在基金单笔投资区间内", "A CNY 20m round fits the fund's ticket"),
					new MatchReason("industry-code", 0.225, "基金重点投资新材料", "The fund invests in new materials")));

	@Test
	void mailIsInTheRecipientsLanguageWithScoreAndEveryReason() {
		NotificationTexts.Texts texts = NotificationTexts.proposed(INVESTOR_MATCH, false);
		Message message = Message.ofMatch("MATCH_PROPOSED", INVESTOR_MATCH, texts.title(), texts.body());
		MailModel zh = NotificationTexts.mail(message, "陈志强", false);
		assertThat(zh.greeting()).isEqualTo("陈志强，您好：");
		assertThat(zh.subject()).isEqualTo("【对接】新匹配推荐：粤科清远创新基金");
		assertThat(zh.facts()).extracting(MailModel.Fact::value).contains("63%（0.63）", "ent-1~inv-1（版本 e3-p1）");
		assertThat(zh.reasons()).containsExactly("融资需求 2000 万元在基金单笔投资区间内（+0.40）", "基金重点投资新材料（+0.23）");
		// an investor has no park: no empty brackets
		assertThat(zh.lead()).doesNotContain("（）", "null");
		MailModel en = NotificationTexts.mail(message, null, true);
		assertThat(en.greeting()).isEqualTo("Hello,");
		assertThat(en.subject()).isEqualTo("[Duijie] New match: 粤科清远创新基金");
		assertThat(en.reasons()).containsExactly("A CNY 20m round fits the fund's ticket (+0.40)",
				"The fund invests in new materials (+0.23)");
		assertThat(en.lead()).doesNotContain("()", "null", "Why");
	}

	@Test
	void inboxTextsInBothLanguages() {
		NotificationTexts.Texts texts = NotificationTexts.proposed(INVESTOR_MATCH, false);
		assertThat(texts.title().zh()).isEqualTo("新匹配推荐：粤科清远创新基金");
		assertThat(texts.body().zh())
			.isEqualTo("「佛山市南海区华信铝型材有限公司」与粤科清远创新基金匹配，匹配度 63%。匹配理由：融资需求 2000 万元在基金单笔投资区间内；基金重点投资新材料。");
		assertThat(texts.body().en()).isEqualTo("佛山市南海区华信铝型材有限公司 matches 粤科清远创新基金 with a score of 63%. "
				+ "Why: A CNY 20m round fits the fund's ticket; The fund invests in new materials.");
	}

	@Test
	void anUpdatedMatchSaysSo() {
		NotificationTexts.Texts texts = NotificationTexts.proposed(INVESTOR_MATCH, true);
		assertThat(texts.title().zh()).isEqualTo("匹配已更新：粤科清远创新基金");
		assertThat(texts.title().en()).isEqualTo("Match updated: 粤科清远创新基金");
		assertThat(texts.body().en())
			.startsWith("The match between 佛山市南海区华信铝型材有限公司 and 粤科清远创新基金 was updated; its score is now 63%.");
	}

	@Test
	void meetingTimesAreInBeijingTime() {
		Meeting meeting = new Meeting("mtg-1", "fair-1", "2025 清远高新区（佛山）产业对接会", "潭州会展中心", "A-12",
				Instant.parse("2025-06-20T02:00:00Z"), Instant.parse("2025-06-20T02:30:00Z"), 1,
				List.of(new MeetingParticipant("ent-1", "ENTERPRISE", "华信", null),
						new MeetingParticipant("park-1", "PARK", "清远高新区", null)),
				null);
		NotificationTexts.Texts moved = NotificationTexts.meetingMoved(meeting, Instant.parse("2025-06-20T01:00:00Z"));
		assertThat(moved.body().zh()).isEqualTo(
				"2025 清远高新区（佛山）产业对接会：华信 × 清远高新区 的洽谈由 2025-06-20 09:00 改为 2025-06-20 10:00–10:30（北京时间），地点：潭州会展中心 A-12。");
		assertThat(moved.body().en()).isEqualTo("At 2025 清远高新区（佛山）产业对接会, the meeting of 华信 × 清远高新区 moved from "
				+ "2025-06-20 09:00 to 2025-06-20 10:00–10:30 (Beijing time) at 潭州会展中心 A-12.");
		assertThat(NotificationTexts.meetingCancelled(meeting, null).body().en()).endsWith("was cancelled.");
		assertThat(NotificationTexts.meetingCancelled(meeting, "展会延期").body().zh()).endsWith("已取消，原因：展会延期。");
	}

	@Test
	void retractionTexts() {
		MatchRetracted retracted = new MatchRetracted("e2", Instant.parse("2025-06-19T09:30:00Z"), "ent-1~inv-1",
				"ent-1", "inv-1", MatchRetracted.RetractionReason.BELOW_THRESHOLD);
		assertThat(NotificationTexts.retractedTitle().zh()).isEqualTo("匹配已撤回");
		assertThat(NotificationTexts.retractedTitle().en()).isEqualTo("Match withdrawn");
		assertThat(NotificationTexts.retractedBody(retracted, "华信", "粤科基金").en())
			.isEqualTo("The match between 华信 and 粤科基金 was withdrawn (a new version scores below the threshold).");
		assertThat(NotificationTexts.retractedBody(retracted, "华信", "粤科基金").zh())
			.isEqualTo("「华信」与粤科基金的匹配已撤回（新版本匹配度低于阈值）。");
	}

	@Test
	void aDeclinedMatchSaysSoInBothLanguages() {
		LocalizedText body = NotificationTexts.retractedBody(retraction(MatchRetracted.RetractionReason.DECLINED), "华信",
				"清远高新区新材料产业集群");
		assertThat(body.zh()).isEqualTo("「华信」与清远高新区新材料产业集群的匹配已撤回（对方已婉拒）。");
		assertThat(body.en()).isEqualTo("The match between 华信 and 清远高新区新材料产业集群 was withdrawn (declined by one side).");
	}

	@ParameterizedTest
	@EnumSource(value = MatchRetracted.RetractionReason.class, names = { "EXPOSURE_CAP", "DISPLACED" })
	void aMatchThatABetterOneReplacedSaysSoInBothLanguages(MatchRetracted.RetractionReason reason) {
		LocalizedText body = NotificationTexts.retractedBody(retraction(reason), "华信", "粤科基金");
		assertThat(body.zh()).isEqualTo("「华信」与粤科基金的匹配已撤回（已由更合适的匹配取代）。");
		assertThat(body.en())
			.isEqualTo("The match between 华信 and 粤科基金 was withdrawn (a better-fitting match took its place).");
	}

	@ParameterizedTest
	@EnumSource(MatchRetracted.RetractionReason.class)
	void everyRetractionReasonHasItsOwnWordsInBothLanguages(MatchRetracted.RetractionReason reason) {
		assertThat(NotificationTexts.reasonZh(reason)).isNotBlank().containsPattern("\\p{IsHan}");
		assertThat(NotificationTexts.reasonEn(reason)).isNotBlank().matches("[a-z][a-z -]+");
	}

	private static MatchRetracted retraction(MatchRetracted.RetractionReason reason) {
		return new MatchRetracted("e3", Instant.parse("2025-06-20T09:30:00Z"), "ent-1~cp-1", "ent-1", "cp-1", reason);
	}

}
