package io.duijie.intake.leads;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

import io.duijie.intake.profiles.FieldViolation;

/**
 * The pipeline's texts in English and Simplified Chinese, by stable code. Kept here
 * rather than in {@code messages*.properties} so the pipeline's wording lives beside its
 * rules.
 */
final class LeadMessages {

	private static final Map<String, String[]> TEXTS = Map.ofEntries(text("required", "is required", "必填"),
			text("tooLong", "must be at most {0,number,#} characters", "不得超过 {0,number,#} 个字符"),
			text("enterpriseId.unknown", "is not a current enterprise of intake-service (POST /api/enterprises first)",
					"不是当前已登记的企业（请先 POST /api/enterprises）"),
			text("region.unknown", "is not a known region (GB/T 2260 code or name)", "无法识别的地区（GB/T 2260 代码或名称）"),
			text("oneOf", "must be one of {0}", "必须是以下之一：{0}"),
			text("fairId.required", "is required when the source is FAIR", "来源为 FAIR（对接会）时必填"),
			text("matchId.required", "is required when the source is MATCH", "来源为 MATCH（系统匹配）时必填"),
			text("matchId.invalid", "must be <enterpriseId>~<partnerId>", "格式须为 <enterpriseId>~<partnerId>"),
			text("matchId.otherEnterprise", "is a match of another enterprise", "是其他企业的匹配"),
			text("at.invalid", "must be an RFC 3339 date-time, e.g. 2025-06-18T09:30:00+08:00",
					"须为 RFC 3339 时间，例如 2025-06-18T09:30:00+08:00"),
			text("at.future", "must not be in the future", "不能晚于当前时间"),
			text("at.beforeRegistration", "must not be before the lead was registered ({0})", "不能早于线索登记时间（{0}）"),
			text("stage.same", "is already the lead''s stage", "线索已处于该阶段"),
			text("stage.backwardNeedsReason", "a move back from {0} to {1} needs the reason in note",
					"从{0}退回到{1}须在 note 中说明原因"),
			text("stage.lostNeedsReason", "a lost lead needs the reason in note", "标记流失须在 note 中说明原因"),
			text("stage.reopenNeedsReason", "reopening a lost lead needs the reason in note", "重新激活流失线索须在 note 中说明原因"),
			text("amount.exactlyOne", "give exactly one of contractedCny and arrivedCny",
					"contractedCny 与 arrivedCny 须且只须填写一项"),
			text("amount.positive", "must be more than 0 (whole yuan)", "必须大于 0（单位：元）"),
			text("amount.tooLarge", "must be at most {0,number,#} yuan", "不得超过 {0,number,#} 元"),
			text("amount.contractedTooEarly",
					"a contracted amount needs the lead at NEGOTIATING (在谈) or later, not {0}",
					"线索须处于在谈或之后的阶段才能登记签约额，当前为{0}"),
			text("amount.arrivedBeforeSigning",
					"capital can arrive only once the lead is SIGNED (签约) or later, not {0}",
					"线索须处于签约或之后的阶段才能登记到资，当前为{0}"),
			text("amount.lost", "a lost lead takes no amounts", "流失线索不能登记金额"),
			text("handover.sameOwner", "is already the lead''s owner", "已是该线索的跟进人"),
			text("invalid", "is not a valid value", "取值无效"));

	private LeadMessages() {
	}

	private static Map.Entry<String, String[]> text(String code, String en, String zh) {
		return Map.entry(code, new String[] { en, zh });
	}

	static boolean chinese(Locale locale) {
		return Locale.CHINESE.getLanguage().equals(locale.getLanguage());
	}

	static String message(String code, Locale locale, Object... args) {
		String[] texts = TEXTS.getOrDefault(code, new String[] { code, code });
		return new MessageFormat(chinese(locale) ? texts[1] : texts[0], Locale.ROOT).format(args);
	}

	static FieldViolation violation(String field, String code, Locale locale, Object... args) {
		return new FieldViolation(field, code, message(code, locale, args));
	}

}
