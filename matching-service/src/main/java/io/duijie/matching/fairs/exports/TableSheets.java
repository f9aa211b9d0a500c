package io.duijie.matching.fairs.exports;

import java.util.List;
import java.util.Map;

import io.duijie.matching.fairs.exports.FairSheet.Meeting;
import io.duijie.matching.fairs.exports.FairSheet.Slot;
import io.duijie.matching.fairs.exports.FairSheet.Table;

import static io.duijie.matching.fairs.exports.Html.escape;

/**
 * The sheets that lie on the tables: every slot of the day with the meeting held there
 * (or free), its two sides and topic, and boxes to tick at check-in. One table, or all
 * tables one per printed page.
 */
final class TableSheets {

	private TableSheets() {
	}

	/** One table's sheet. */
	static String html(SheetIndex index, Table table, Lang lang) {
		String title = lang.pick("桌号 ", "Table ") + table.name() + " · " + index.sheet().fairName();
		return Html.page(lang, title, !index.sheet().published(), section(index, table, lang));
	}

	/** Every table's sheet, each starting on a new printed page. */
	static String html(SheetIndex index, Lang lang) {
		StringBuilder body = new StringBuilder();
		for (Table table : index.sheet().tables()) {
			body.append(section(index, table, lang));
		}
		String title = lang.pick("各桌对接安排 · ", "Table sheets · ") + index.sheet().fairName();
		return Html.page(lang, title, !index.sheet().published(), body.toString());
	}

	private static String section(SheetIndex index, Table table, Lang lang) {
		FairSheet sheet = index.sheet();
		Map<Integer, Meeting> meetings = index.meetingsAt(table.id());
		StringBuilder html = new StringBuilder();
		html.append("<section class=\"sheet\" id=\"table-").append(escape(table.id())).append("\">\n");
		html.append("<h1>").append(lang.pick("桌号 ", "Table ")).append(escape(table.name()));
		if (!table.languages().isEmpty()) {
			html.append(" <small>(")
				.append(lang.pick("另提供：", "also in: "))
				.append(escape(String.join(", ", table.languages().stream().sorted().toList())))
				.append(")</small>");
		}
		html.append("</h1>\n");
		html.append(Html.meta(sheet, lang));
		html.append("<table>\n<thead><tr><th>")
			.append(lang.pick("时段", "Slot"))
			.append("</th><th>")
			.append(lang.pick("时间", "Time"))
			.append(" (")
			.append(escape(sheet.zone().getId()))
			.append(")</th><th>")
			.append(lang.pick("对接双方", "Participants"))
			.append("</th><th>")
			.append(lang.pick("议题", "Topic"))
			.append("</th><th>")
			.append(lang.pick("签到", "Check-in"))
			.append("</th></tr></thead>\n<tbody>\n");
		for (Slot slot : sheet.slots()) {
			Meeting meeting = meetings.get(slot.index());
			html.append((meeting != null) ? "<tr>" : "<tr class=\"free\">");
			html.append("<td>").append(slot.index()).append(' ').append(escape(slot.session()));
			html.append("</td><td class=\"time\">").append(escape(index.times(slot))).append("</td><td>");
			if (meeting == null) {
				html.append(lang.pick("（空闲）", "(free)")).append("</td><td></td><td></td></tr>\n");
				continue;
			}
			List<String> ids = meeting.participantIds();
			for (int i = 0; i < ids.size(); i++) {
				html.append((i > 0) ? "<br>" + lang.pick("对 ", "with ") : "").append(escape(index.name(ids.get(i))));
				index.participant(ids.get(i))
					.ifPresent((participant) -> html.append(" <small>(")
						.append(escape(lang.kind(participant.kind())))
						.append(")</small>"));
			}
			html.append("</td><td>").append((meeting.topic() != null) ? escape(meeting.topic()) : "");
			html.append("</td><td>").append(lang.pick("☐ 已到 ☐ 缺席", "☐ held ☐ no-show")).append("</td></tr>\n");
		}
		html.append("</tbody>\n</table>\n</section>\n");
		return html.toString();
	}

}
