package io.duijie.notification.delivery;

import java.util.Locale;

import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchReason;
import io.duijie.contracts.MatchRetracted;
import io.duijie.notification.inbox.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * The words of a notification, Chinese first, then English. Plain text only: e-mail
 * clients, inboxes and chat webhooks all show it as it is.
 */
final class NotificationTexts {

	private static final String RULE = "----------------------------------------";

	/** Title and body in both languages, and the e-mail built from them. */
	record Texts(LocalizedText title, LocalizedText body, String emailSubject, String emailBody) {
	}

	private NotificationTexts() {
	}

	static Texts proposed(MatchProposed match, @Nullable String greetingName) {
		String partnerZh = (match.parkName() != null) ? match.partnerName() + "（" + match.parkName() + "）"
				: match.partnerName();
		String partnerEn = (match.parkName() != null) ? match.partnerName() + " (" + match.parkName() + ")"
				: match.partnerName();
		String score = score(match.score());
		LocalizedText title = new LocalizedText("新匹配推荐：" + match.partnerName(), "New match: " + match.partnerName());
		StringBuilder zh = new StringBuilder();
		zh.append("「")
			.append(match.enterpriseName())
			.append("」与")
			.append(partnerZh)
			.append("匹配，匹配度 ")
			.append(score)
			.append("。匹配理由：");
		StringBuilder en = new StringBuilder();
		en.append(match.enterpriseName())
			.append(" matches ")
			.append(partnerEn)
			.append(" with a score of ")
			.append(score)
			.append(". Why: ");
		for (int i = 0; i < match.reasons().size(); i++) {
			MatchReason reason = match.reasons().get(i);
			zh.append((i > 0) ? "；" : "").append(reason.zh());
			en.append((i > 0) ? "; " : "").append(reason.en());
		}
		zh.append("。");
		en.append(".");
		LocalizedText body = new LocalizedText(zh.toString(), en.toString());

		StringBuilder mail = new StringBuilder();
		mail.append((greetingName != null) ? greetingName + "，您好：" : "您好：").append("\n\n");
		mail.append("对接平台为「").append(match.enterpriseName()).append("」推荐了新的合作方：").append(partnerZh).append("。\n");
		mail.append("匹配度：").append(score).append("（").append(decimal(match.score())).append("）\n");
		mail.append("匹配理由：\n");
		for (MatchReason reason : match.reasons()) {
			mail.append("  · ").append(reason.zh()).append("（+").append(decimal(reason.contribution())).append("）\n");
		}
		mail.append("\n匹配编号：").append(match.matchId()).append("（版本 ").append(match.revision()).append("）\n");
		mail.append("\n").append(RULE).append("\n\n");
		mail.append((greetingName != null) ? "Dear " + greetingName + "," : "Hello,").append("\n\n");
		mail.append("Duijie has found a new match for ")
			.append(match.enterpriseName())
			.append(": ")
			.append(partnerEn)
			.append(".\n");
		mail.append("Score: ").append(score).append(" (").append(decimal(match.score())).append(")\n");
		mail.append("Reasons:\n");
		for (MatchReason reason : match.reasons()) {
			mail.append("  - ").append(reason.en()).append(" (+").append(decimal(reason.contribution())).append(")\n");
		}
		mail.append("\nMatch: ").append(match.matchId()).append(" (revision ").append(match.revision()).append(")\n");
		mail.append("\n— 对接 Duijie\n");
		String subject = "【对接】" + title.zh() + " / " + title.en();
		return new Texts(title, body, subject, mail.toString());
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
