package io.duijie.notification.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.duijie.contracts.MatchAccepted;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchReason;
import io.duijie.contracts.MatchRetracted;
import io.duijie.contracts.Meeting;
import io.duijie.notification.inbox.InboxItem;
import io.duijie.notification.inbox.LocalizedText;
import io.duijie.notification.mail.CalendarInvites;
import io.duijie.notification.mail.MailModel;
import io.duijie.notification.mail.MailModel.Fact;
import org.jspecify.annotations.Nullable;

/**
 * The words of every notification kind, in Chinese and English: the title and text of
 * inbox entries and webhooks (both languages kept), and the content of e-mails (the
 * recipient's language, laid out by the Thymeleaf templates). Meeting times are shown in
 * Beijing time (Asia/Shanghai), where the fairs take place; the .ics carries UTC.
 */
final class NotificationTexts {

	static final ZoneId FAIR_ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	/** Title and body in both languages. */
	record Texts(LocalizedText title, LocalizedText body) {
	}

	private NotificationTexts() {
	}

	// --- matches

	/**
	 * A proposal: new, or an update of a match whose earlier revision was notified
	 * already.
	 */
	static Texts proposed(MatchProposed match, boolean updated) {
		String score = score(match.score());
		String partnerZh = partnerZh(match.partnerName(), match.parkName());
		String partnerEn = partnerEn(match.partnerName(), match.parkName());
		LocalizedText title = updated
				? new LocalizedText("匹配已更新：" + match.partnerName(), "Match updated: " + match.partnerName())
				: new LocalizedText("新匹配推荐：" + match.partnerName(), "New match: " + match.partnerName());
		StringBuilder zh = new StringBuilder("「").append(match.enterpriseName()).append("」与").append(partnerZh);
		zh.append(updated ? "的匹配已更新，最新匹配度 " : "匹配，匹配度 ").append(score).append("。匹配理由：");
		StringBuilder en = new StringBuilder();
		if (updated) {
			en.append("The match between ")
				.append(match.enterpriseName())
				.append(" and ")
				.append(partnerEn)
				.append(" was updated; its score is now ");
		}
		else {
			en.append(match.enterpriseName()).append(" matches ").append(partnerEn).append(" with a score of ");
		}
		en.append(score).append(". Why: ");
		for (int i = 0; i < match.reasons().size(); i++) {
			MatchReason reason = match.reasons().get(i);
			zh.append((i > 0) ? "；" : "").append(reason.zh());
			en.append((i > 0) ? "; " : "").append(reason.en());
		}
		zh.append("。");
		en.append(".");
		return new Texts(title, new LocalizedText(zh.toString(), en.toString()));
	}

	static LocalizedText retractedTitle() {
		return new LocalizedText("匹配已撤回", "Match withdrawn");
	}

	static LocalizedText retractedBody(MatchRetracted retracted, String enterpriseName, String partnerName) {
		String zh = "「" + enterpriseName + "」与" + partnerName + "的匹配已撤回（" + reasonZh(retracted.reason()) + "）。";
		String en = "The match between " + enterpriseName + " and " + partnerName + " was withdrawn ("
				+ reasonEn(retracted.reason()) + ").";
		return new LocalizedText(zh, en);
	}

	/** Both sides accepted (双方均愿意对接). */
	static Texts accepted(MatchAccepted accepted) {
		LocalizedText title = new LocalizedText("双方均愿意对接：" + accepted.partnerName(),
				"Both sides accepted: " + accepted.partnerName());
		LocalizedText body = new LocalizedText(
				"「" + accepted.enterpriseName() + "」与" + partnerZh(accepted.partnerName(), accepted.parkName())
						+ "双方均已确认愿意对接（匹配度 " + score(accepted.score()) + "），下一场对接会将安排双方洽谈。",
				accepted.enterpriseName() + " and " + partnerEn(accepted.partnerName(), accepted.parkName())
						+ " both accepted the match (score " + score(accepted.score())
						+ "); a meeting at the next matchmaking fair will follow.");
		return new Texts(title, body);
	}

	// --- meetings

	static Texts meetingScheduled(Meeting meeting) {
		return new Texts(new LocalizedText("洽谈已安排：" + meeting.fairName(), "Meeting scheduled: " + meeting.fairName()),
				new LocalizedText(
						meeting.fairName() + "：" + CalendarInvites.parties(meeting) + " 的洽谈安排在 " + whenZh(meeting)
								+ whereZh(meeting) + "。",
						"At " + meeting.fairName() + ", " + CalendarInvites.parties(meeting) + " meet on "
								+ whenEn(meeting) + whereEn(meeting) + "."));
	}

	static Texts meetingMoved(Meeting meeting, Instant previousStart) {
		String before = DAY_TIME.format(previousStart.atZone(FAIR_ZONE));
		return new Texts(new LocalizedText("洽谈时间已调整：" + meeting.fairName(), "Meeting moved: " + meeting.fairName()),
				new LocalizedText(
						meeting.fairName() + "：" + CalendarInvites.parties(meeting) + " 的洽谈由 " + before + " 改为 "
								+ whenZh(meeting) + whereZh(meeting) + "。",
						"At " + meeting.fairName() + ", the meeting of " + CalendarInvites.parties(meeting)
								+ " moved from " + before + " to " + whenEn(meeting) + whereEn(meeting) + "."));
	}

	static Texts meetingCancelled(Meeting meeting, @Nullable String reason) {
		return new Texts(new LocalizedText("洽谈已取消：" + meeting.fairName(), "Meeting cancelled: " + meeting.fairName()),
				new LocalizedText(
						meeting.fairName() + "：" + CalendarInvites.parties(meeting) + " 原定于 " + whenZh(meeting)
								+ " 的洽谈已取消" + ((reason != null) ? "，原因：" + reason : "") + "。",
						"At " + meeting.fairName() + ", the meeting of " + CalendarInvites.parties(meeting) + " on "
								+ whenEn(meeting) + " was cancelled" + ((reason != null) ? ": " + reason : "") + "."));
	}

	// --- e-mails

	/** The e-mail of one notification, in the recipient's language. */
	static MailModel mail(Message message, @Nullable String greetingName, boolean english) {
		String locale = english ? "en" : "zh-CN";
		String headline = english ? message.title().en() : message.title().zh();
		String lead = english ? message.body().en() : message.body().zh();
		List<Fact> facts = new ArrayList<>();
		List<String> reasons = new ArrayList<>();
		MatchProposed match = message.match();
		if (match != null) {
			facts.add(new Fact(english ? "Score" : "匹配度",
					score(match.score()) + (english ? " (" : "（") + decimal(match.score()) + (english ? ")" : "）")));
			facts.add(new Fact(english ? "Match" : "匹配编号",
					match.matchId() + (english ? " (revision " : "（版本 ") + match.revision() + (english ? ")" : "）")));
			lead = english ? message.body().en().substring(0, message.body().en().indexOf(" Why: "))
					: message.body().zh().substring(0, message.body().zh().indexOf("匹配理由："));
			for (MatchReason reason : match.reasons()) {
				reasons.add(english ? reason.en() + " (+" + decimal(reason.contribution()) + ")"
						: reason.zh() + "（+" + decimal(reason.contribution()) + "）");
			}
		}
		MatchAccepted accepted = message.accepted();
		if (accepted != null) {
			facts.add(new Fact(english ? "Match" : "匹配编号", accepted.matchId()));
		}
		Meeting meeting = message.meeting();
		if (meeting != null) {
			facts.add(new Fact(english ? "Fair" : "对接会", meeting.fairName()));
			facts.add(new Fact(english ? "When" : "时间", english ? whenEn(meeting) : whenZh(meeting)));
			String location = CalendarInvites.location(meeting);
			if (location != null) {
				facts.add(new Fact(english ? "Where" : "地点", location));
			}
			facts.add(new Fact(english ? "With" : "参会方", CalendarInvites.parties(meeting)));
			if (message.cancelReason() != null) {
				facts.add(new Fact(english ? "Reason" : "取消原因", message.cancelReason()));
			}
		}
		String subject = (english ? "[Duijie] " : "【对接】") + headline;
		return new MailModel(locale, subject, greeting(greetingName, english), headline, lead, List.copyOf(facts),
				List.copyOf(reasons), List.of(), null);
	}

	/** The daily digest: one e-mail gathering the day's notifications. */
	static MailModel digest(List<Message> messages, @Nullable String greetingName, boolean english, LocalDate day) {
		List<MailModel.Item> items = messages.stream()
			.map((m) -> new MailModel.Item(english ? m.title().en() : m.title().zh(),
					english ? m.body().en() : m.body().zh()))
			.toList();
		String headline = english ? "Your Duijie digest of " + day + ": " + items.size() + " notification"
				+ ((items.size() == 1) ? "" : "s") : day + " 对接通知汇总：共 " + items.size() + " 条";
		String lead = english ? "Here is what happened since your last digest." : "以下是自上次汇总以来的全部通知。";
		return new MailModel(english ? "en" : "zh-CN", (english ? "[Duijie] " : "【对接】") + headline,
				greeting(greetingName, english), headline, lead, List.of(), List.of(), items, null);
	}

	// --- pieces

	private static String greeting(@Nullable String name, boolean english) {
		if (english) {
			return (name != null) ? "Dear " + name + "," : "Hello,";
		}
		return (name != null) ? name + "，您好：" : "您好：";
	}

	private static String partnerZh(String partnerName, @Nullable String parkName) {
		return (parkName != null) ? partnerName + "（" + parkName + "）" : partnerName;
	}

	private static String partnerEn(String partnerName, @Nullable String parkName) {
		return (parkName != null) ? partnerName + " (" + parkName + ")" : partnerName;
	}

	private static String whenZh(Meeting meeting) {
		return DAY_TIME.format(meeting.start().atZone(FAIR_ZONE)) + "–" + TIME.format(meeting.end().atZone(FAIR_ZONE))
				+ "（北京时间）";
	}

	private static String whenEn(Meeting meeting) {
		return DAY_TIME.format(meeting.start().atZone(FAIR_ZONE)) + "–" + TIME.format(meeting.end().atZone(FAIR_ZONE))
				+ " (Beijing time)";
	}

	private static String whereZh(Meeting meeting) {
		String location = CalendarInvites.location(meeting);
		return (location != null) ? "，地点：" + location : "";
	}

	private static String whereEn(Meeting meeting) {
		String location = CalendarInvites.location(meeting);
		return (location != null) ? " at " + location : "";
	}

	/** {@code 0.87} as {@code 87%}. */
	static String score(double score) {
		return String.format(Locale.ROOT, "%.0f%%", score * 100);
	}

	private static String decimal(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	/** Exhaustive, so that a new reason does not compile until it has its words. */
	static String reasonZh(MatchRetracted.RetractionReason reason) {
		return switch (reason) {
			case ENTERPRISE_WITHDRAWN -> "企业资料已撤回";
			case PARTNER_WITHDRAWN -> "合作方已撤回";
			case BELOW_THRESHOLD -> "新版本匹配度低于阈值";
			case DECLINED -> "对方已婉拒";
			case EXPOSURE_CAP, DISPLACED -> "已由更合适的匹配取代";
		};
	}

	static String reasonEn(MatchRetracted.RetractionReason reason) {
		return switch (reason) {
			case ENTERPRISE_WITHDRAWN -> "the enterprise profile was withdrawn";
			case PARTNER_WITHDRAWN -> "the partner was withdrawn";
			case BELOW_THRESHOLD -> "a new version scores below the threshold";
			case DECLINED -> "declined by one side";
			case EXPOSURE_CAP, DISPLACED -> "a better-fitting match took its place";
		};
	}

}
