package io.duijie.matching.fairs.exports;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The .ics agenda read back with ical4j. */
class AgendaCalendarTests {

	private static final Instant STAMP = Instant.parse("2025-06-10T08:00:00Z");

	@Test
	void publishesOneEventPerMeetingWithTheInvitationsUidAndSequence() throws Exception {
		SheetIndex index = SampleSheets.index(true);
		Calendar calendar = parse(AgendaCalendar.ics(index, index.participant("h-qy").orElseThrow(), Lang.ZH, STAMP));
		assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
		List<VEvent> events = events(calendar);
		assertThat(events).extracting((event) -> value(event, Property.UID))
			.containsExactly("m-1@duijie.io", "m-2@duijie.io");
		assertThat(events).extracting((event) -> value(event, Property.SEQUENCE)).containsExactly("0", "2");
		VEvent first = events.get(0);
		assertThat(value(first, Property.DTSTART)).isEqualTo("20250620T010000Z");
		assertThat(value(first, Property.DTEND)).isEqualTo("20250620T012000Z");
		assertThat(value(first, Property.DTSTAMP)).isEqualTo("20250610T080000Z");
		assertThat(value(first, Property.SUMMARY)).isEqualTo("对接：华信精密制造有限公司");
		assertThat(value(first, Property.LOCATION)).isEqualTo("佛山潭州国际会展中心 3 号馆 A-01");
		assertThat(value(first, Property.DESCRIPTION)).contains("议题：厂房需求 5000㎡", SampleSheets.NAME, "第 3 版");
		assertThat(value(first, Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(value(events.get(1), Property.SUMMARY)).isEqualTo("对接：" + SampleSheets.SCRIPT);
		assertThat(value(events.get(1), Property.DTSTART)).isEqualTo("20250620T012000Z");
	}

	@Test
	void speaksEnglishAndMarksADraftTentative() throws Exception {
		SheetIndex index = SampleSheets.index(false);
		Calendar calendar = parse(
				AgendaCalendar.ics(index, index.participant("e-huaxin").orElseThrow(), Lang.EN, STAMP));
		List<VEvent> events = events(calendar);
		assertThat(events).extracting((event) -> value(event, Property.SUMMARY))
			.containsExactly("Meeting: 清远高新区管委会", "Meeting: 粤港澳创投基金");
		assertThat(events).extracting((event) -> value(event, Property.STATUS)).containsOnly("TENTATIVE");
		assertThat(value(events.get(1), Property.DTSTART)).isEqualTo("20250620T060000Z");
		assertThat(value(events.get(1), Property.DESCRIPTION)).contains("table A-02", "下午场",
				"Schedule version 3 (draft, not published)");
		assertThat(events.get(1).getProperty(Property.DESCRIPTION).orElseThrow().getValue()).doesNotContain("Topic");
	}

	@Test
	void aParticipantWithoutMeetingsGetsAnEmptyCalendar() throws Exception {
		SheetIndex index = SampleSheets.index(true);
		Calendar calendar = parse(AgendaCalendar.ics(index, index.participant("e-idle").orElseThrow(), Lang.ZH, STAMP));
		assertThat(events(calendar)).isEmpty();
		assertThat(calendar.getProperty(Property.NAME).orElseThrow().getValue())
			.isEqualTo(SampleSheets.NAME + " · 未排会企业");
	}

	private static Calendar parse(byte[] ics) throws Exception {
		return new CalendarBuilder().build(new ByteArrayInputStream(ics));
	}

	private static List<VEvent> events(Calendar calendar) {
		return calendar.getComponents(Component.VEVENT);
	}

	private static String value(VEvent event, String name) {
		return event.getProperty(name).orElseThrow().getValue();
	}

}
