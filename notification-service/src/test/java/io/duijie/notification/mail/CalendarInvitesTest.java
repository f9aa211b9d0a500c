package io.duijie.notification.mail;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;

import io.duijie.contracts.Meeting;
import io.duijie.contracts.MeetingParticipant;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The .ics parses back with ical4j; a move keeps the UID and raises SEQUENCE. */
class CalendarInvitesTest {

	private static final Instant STAMP = Instant.parse("2025-06-18T09:30:00Z");

	static Meeting meeting(int sequence, Instant start) {
		return new Meeting("mtg-42", "fair-1", "2025 清远高新区（佛山）产业对接会", "潭州会展中心", "A-12", start, start.plusSeconds(1800),
				sequence, List.of(new MeetingParticipant("ent-1", "ENTERPRISE", "华信", null),
						new MeetingParticipant("park-1", "PARK", "清远高新区", null)),
				null);
	}

	@Test
	void requestThenMoveThenCancelRoundTrip() throws Exception {
		Calendar request = parse(CalendarInvites.ics(meeting(0, Instant.parse("2025-06-20T02:00:00Z")), false,
				"duijie@localhost", "chen@huaxin.example.com", "洽谈已安排", "华信 × 清远高新区", STAMP));
		Calendar moved = parse(CalendarInvites.ics(meeting(1, Instant.parse("2025-06-20T03:00:00Z")), false,
				"duijie@localhost", "chen@huaxin.example.com", "洽谈时间已调整", "…", STAMP));
		Calendar cancelled = parse(CalendarInvites.ics(meeting(2, Instant.parse("2025-06-20T03:00:00Z")), true,
				"duijie@localhost", "chen@huaxin.example.com", "洽谈已取消", "…", STAMP));

		assertThat(value(request, Property.METHOD)).isEqualTo("REQUEST");
		assertThat(value(moved, Property.METHOD)).isEqualTo("REQUEST");
		assertThat(value(cancelled, Property.METHOD)).isEqualTo("CANCEL");
		VEvent first = event(request);
		VEvent second = event(moved);
		VEvent third = event(cancelled);
		assertThat(prop(first, Property.UID)).isEqualTo("mtg-42@duijie.io")
			.isEqualTo(prop(second, Property.UID))
			.isEqualTo(prop(third, Property.UID));
		assertThat(prop(first, Property.SEQUENCE)).isEqualTo("0");
		assertThat(prop(second, Property.SEQUENCE)).isEqualTo("1");
		assertThat(prop(third, Property.SEQUENCE)).isEqualTo("2");
		assertThat(prop(first, Property.DTSTART)).isEqualTo("20250620T020000Z");
		assertThat(prop(second, Property.DTSTART)).isEqualTo("20250620T030000Z");
		assertThat(prop(third, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(prop(first, Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(prop(first, Property.LOCATION)).isEqualTo("潭州会展中心 A-12");
		assertThat(prop(first, Property.ORGANIZER)).isEqualTo("mailto:duijie@localhost");
		assertThat(prop(first, Property.ATTENDEE)).isEqualTo("mailto:chen@huaxin.example.com");
		assertThat(request.validate().hasErrors()).isFalse();
	}

	static Calendar parse(byte[] ics) throws Exception {
		return new CalendarBuilder().build(new ByteArrayInputStream(ics));
	}

	static VEvent event(Calendar calendar) {
		return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
	}

	static String value(Calendar calendar, String name) {
		return calendar.getProperty(name).orElseThrow().getValue();
	}

	static String prop(VEvent event, String name) {
		return event.getProperty(name).orElseThrow().getValue();
	}

}
