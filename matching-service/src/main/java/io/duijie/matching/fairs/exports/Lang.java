package io.duijie.matching.fairs.exports;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The language of an export: Chinese when {@code ?lang=zh…} or, without it, when the
 * request's locale ({@code Accept-Language}) is Chinese; English otherwise.
 */
enum Lang {

	ZH, EN;

	static Lang of(@Nullable String lang, Locale locale) {
		String language = (lang != null && !lang.isBlank()) ? lang : locale.getLanguage();
		return language.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
	}

	String pick(String zh, String en) {
		return (this == ZH) ? zh : en;
	}

	/** The value of an HTML {@code lang} attribute. */
	String tag() {
		return (this == ZH) ? "zh-CN" : "en";
	}

	/** A participant's kind as printed, e.g. 政府部门 or Government host. */
	String kind(String kind) {
		return switch (kind) {
			case "ENTERPRISE" -> pick("企业", "Enterprise");
			case "HOST" -> pick("政府部门", "Government host");
			case "INSTITUTION" -> pick("院校机构", "Institution");
			case "INVESTOR" -> pick("投资机构", "Investor");
			case "PARK" -> pick("园区", "Park");
			default -> kind;
		};
	}

}
