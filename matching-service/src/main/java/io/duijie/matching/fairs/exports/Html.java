package io.duijie.matching.fairs.exports;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What the printable pages share: escaping, the page around a body, print CSS (A4, header
 * rows repeated, no row split across pages, one table per page) and the draft watermark,
 * repeated on every printed page.
 */
final class Html {

	private static final String CSS = """
			@page { size: A4; margin: 14mm; }
			body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
			  font-size: 11pt; color: #111; margin: 0 auto; max-width: 190mm; }
			h1 { font-size: 16pt; margin: 0 0 4pt; }
			h2 { font-size: 13pt; margin: 0 0 4pt; }
			.meta { color: #444; margin: 0 0 10pt; }
			table { width: 100%; border-collapse: collapse; }
			th, td { border: 1px solid #888; padding: 4pt 6pt; text-align: left; vertical-align: top; }
			th { background: #eee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
			thead { display: table-header-group; }
			tr { break-inside: avoid; page-break-inside: avoid; }
			td.time { white-space: nowrap; }
			.free td { color: #999; }
			.empty { color: #666; }
			section.sheet + section.sheet { break-before: page; page-break-before: always; }
			.watermark { position: fixed; top: 40%; left: 0; width: 100%; text-align: center; font-size: 96pt;
			  font-weight: bold; color: rgba(200, 0, 0, 0.12); transform: rotate(-30deg); z-index: -1;
			  pointer-events: none; }
			@media screen { body { margin: 16px auto; } }
			""";

	private Html() {
	}

	/** Text safe in element content and in quoted attribute values. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/** A whole page: the title is escaped here, the body is HTML already escaped. */
	static String page(Lang lang, String title, boolean draft, String body) {
		StringBuilder html = new StringBuilder(body.length() + CSS.length() + 512);
		html.append("<!DOCTYPE html>\n<html lang=\"").append(lang.tag()).append("\">\n<head>\n");
		html.append("<meta charset=\"utf-8\">\n");
		html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
		html.append("<title>").append(escape(title)).append("</title>\n");
		html.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
		if (draft) {
			html.append("<div class=\"watermark\" aria-hidden=\"true\">")
				.append(lang.pick("草稿", "DRAFT"))
				.append("</div>\n");
		}
		html.append(body);
		html.append("</body>\n</html>\n");
		return html.toString();
	}

	/**
	 * The fair, its day and venue, and which version this is, e.g. for a page's heading.
	 */
	static String meta(FairSheet sheet, Lang lang) {
		String day = (lang == Lang.ZH) ? DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA).format(sheet.date())
				: DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(sheet.date());
		String version = (lang == Lang.ZH) ? "第 " + sheet.version() + " 版" + (sheet.published() ? "（已发布）" : "（草稿，未发布）")
				: "version " + sheet.version() + (sheet.published() ? " (published)" : " (draft, not published)");
		return "<p class=\"meta\">" + escape(sheet.fairName()) + " · " + escape(day) + " · " + escape(sheet.venue())
				+ " · " + version + "</p>\n";
	}

}
