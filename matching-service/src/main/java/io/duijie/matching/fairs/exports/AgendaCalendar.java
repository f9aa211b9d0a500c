package io.duijie.matching.fairs.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import io.duijie.matching.fairs.exports.FairSheet.Meeting;
import io.duijie.matching.fairs.exports.FairSheet.Participant;
import io.duijie.matching.fairs.exports.FairSheet.Slot;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A participant's agenda as an RFC 5545 calendar ({@code METHOD:PUBLISH}): one VEVENT per
 * meeting, with the UID and SEQUENCE of notification-service's invitations
 * ({@code <meetingId>@duijie.io}, the meeting's sequence), so importing the agenda and
 * accepting the invitations give one event per meeting, not two. Times are in UTC, which
 * every calendar shows on the reader's clock. Events of a draft are TENTATIVE.
 */
final class AgendaCalendar {

	static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

	private AgendaCalendar() {
	}

	/**
	 * The calendar.
	 * @param stamp DTSTAMP: when this copy was made
	 */
	static byte[] ics(SheetIndex index, Participant participant, Lang lang, Instant stamp) {
		FairSheet sheet = index.sheet();
		Calendar calendar = new Calendar().withProdId("-//Duijie//matching-service//ZH")
			.withProperty(ImmutableVersion.VERSION_2_0)
			.withProperty(ImmutableCalScale.GREGORIAN)
			.withProperty(ImmutableMethod.PUBLISH)
			.withProperty(new Name(sheet.fairName() + " · " + participant.name()))
			.getFluentTarget();
		for (Meeting meeting : index.meetingsOf(participant.id())) {
			calendar.add(event(index, meeting, participant, lang, stamp));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			// unvalidated: a participant without meetings has an empty calendar, which
			// RFC 5545 frowns on but every client imports
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static VEvent event(SheetIndex index, Meeting meeting, Participant participant, Lang lang, Instant stamp) {
		FairSheet sheet = index.sheet();
		Slot slot = index.slot(meeting.slot());
		List<String> others = index.others(meeting, participant.id()).stream().map(Participant::name).toList();
		String with = String.join(" × ", others);
		String table = index.tableName(meeting.tableId());
		VEvent event = new VEvent(slot.start(), slot.end(), lang.pick("对接：" + with, "Meeting: " + with));
		event.add(new Uid(meeting.meetingId() + "@duijie.io"));
		event.add(new Sequence(meeting.sequence()));
		event.replace(new DtStamp(stamp));
		event.add(new Location(sheet.venue() + " " + table));
		StringBuilder description = new StringBuilder();
		if (meeting.topic() != null) {
			description.append(lang.pick("议题：", "Topic: ")).append(meeting.topic()).append('\n');
		}
		description.append(sheet.fairName())
			.append(lang.pick("，桌号 ", ", table "))
			.append(table)
			.append(lang.pick("，", ", "))
			.append(slot.session())
			.append('\n')
			.append(lang.pick("日程第 " + sheet.version() + " 版", "Schedule version " + sheet.version()));
		if (!sheet.published()) {
			description.append(lang.pick("（草稿，未发布）", " (draft, not published)"));
		}
		event.add(new Description(description.toString()));
		event.add(sheet.published() ? ImmutableStatus.VEVENT_CONFIRMED : ImmutableStatus.VEVENT_TENTATIVE);
		return event;
	}

}
