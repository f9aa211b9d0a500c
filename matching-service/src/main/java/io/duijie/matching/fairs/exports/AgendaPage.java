package io.duijie.matching.fairs.exports;

import java.util.List;

import io.duijie.matching.fairs.exports.FairSheet.Meeting;
import io.duijie.matching.fairs.exports.FairSheet.Participant;
import io.duijie.matching.fairs.exports.FairSheet.Slot;

import static io.duijie.matching.fairs.exports.Html.escape;

/**
 * A participant's printable agenda: one row per meeting in time order (time, table, with
 * whom, topic), in Chinese or English, marked as a draft until the version is published.
 */
final class AgendaPage {

	private AgendaPage() {
	}

	static String html(SheetIndex index, Participant participant, Lang lang) {
		FairSheet sheet = index.sheet();
		List<Meeting> meetings = index.meetingsOf(participant.id());
		StringBuilder body = new StringBuilder();
		body.append("<h1>")
			.append(escape(participant.name()))
			.append(lang.pick("的对接日程", " — agenda"))
			.append("</h1>\n");
		body.append(Html.meta(sheet, lang));
		if (meetings.isEmpty()) {
			body.append("<p class=\"empty\">")
				.append(lang.pick("本版日程中暂无安排的对接。", "No meetings are scheduled in this version."))
				.append("</p>\n");
		}
		else {
			body.append("<p class=\"meta\">")
				.append(lang.pick("共 " + meetings.size() + " 场对接", meetings.size() + " meeting(s)"))
				.append("</p>\n");
			body.append("<table>\n<thead><tr><th>")
				.append(lang.pick("时间", "Time"))
				.append(" (")
				.append(escape(sheet.zone().getId()))
				.append(")</th><th>")
				.append(lang.pick("场次", "Session"))
				.append("</th><th>")
				.append(lang.pick("桌号", "Table"))
				.append("</th><th>")
				.append(lang.pick("对接方", "With"))
				.append("</th><th>")
				.append(lang.pick("议题", "Topic"))
				.append("</th></tr></thead>\n<tbody>\n");
			for (Meeting meeting : meetings) {
				Slot slot = index.slot(meeting.slot());
				body.append("<tr><td class=\"time\">").append(escape(index.times(slot)));
				body.append("</td><td>").append(escape(slot.session()));
				body.append("</td><td>").append(escape(index.tableName(meeting.tableId())));
				body.append("</td><td>");
				List<Participant> others = index.others(meeting, participant.id());
				for (int i = 0; i < others.size(); i++) {
					Participant other = others.get(i);
					body.append((i > 0) ? "<br>" : "").append(escape(other.name()));
					if (!other.kind().isEmpty()) {
						body.append(" <small>(").append(escape(lang.kind(other.kind()))).append(")</small>");
					}
				}
				body.append("</td><td>").append((meeting.topic() != null) ? escape(meeting.topic()) : "");
				body.append("</td></tr>\n");
			}
			body.append("</tbody>\n</table>\n");
		}
		String title = participant.name() + lang.pick("的对接日程 · ", " — agenda · ") + sheet.fairName();
		return Html.page(lang, title, !sheet.published(), body.toString());
	}

}
