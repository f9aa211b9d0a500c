package io.duijie.notification.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;

import io.duijie.contracts.Meeting;
import io.duijie.contracts.MeetingParticipant;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;

/**
 * RFC 5545 / RFC 5546 (iTIP) invitations for fair meetings, made with ical4j. A meeting
 * keeps one UID for its whole life ({@code <meetingId>@duijie.io}) and its
 * {@code SEQUENCE} is the meeting's sequence from the event, so a calendar updates a
 * moved meeting in place ({@code METHOD:REQUEST}, higher SEQUENCE) and removes a
 * cancelled one ({@code METHOD:CANCEL}, {@code STATUS:CANCELLED}). Times are written in
 * UTC ({@code 20250620T020000Z}), which every calendar converts to the reader's zone.
 */
public final class CalendarInvites {

	/** The media type of the attachment, with the iTIP method as RFC 6047 asks. */
	public static String contentType(boolean cancel) {
		return "text/calendar; charset=UTF-8; method=" + (cancel ? "CANCEL" : "REQUEST");
	}

	private CalendarInvites() {
	}

	public static String uid(String meetingId) {
		return meetingId + "@duijie.io";
	}

	/**
	 * The calendar of one meeting for one attendee.
	 * @param cancel METHOD:CANCEL with STATUS:CANCELLED instead of METHOD:REQUEST
	 * @param organizer the sender's address (ORGANIZER, required by iTIP)
	 * @param attendee the recipient's address, or {@code null}
	 * @param summary the event's title in the recipient's language
	 * @param description its text
	 * @param stamp DTSTAMP: when this version of the invitation was made
	 */
	public static byte[] ics(Meeting meeting, boolean cancel, String organizer, @Nullable String attendee,
			String summary, String description, Instant stamp) {
		VEvent event = new VEvent(meeting.start(), meeting.end(), summary);
		event.add(new Uid(uid(meeting.meetingId())));
		event.add(new Sequence(meeting.sequence()));
		event.replace(new DtStamp(stamp));
		event.add(new Description(description));
		String location = location(meeting);
		if (location != null) {
			event.add(new Location(location));
		}
		Organizer organizerProperty = new Organizer(URI.create("mailto:" + organizer));
		organizerProperty.add(new Cn("对接 Duijie"));
		event.add(organizerProperty);
		if (attendee != null) {
			Attendee attendeeProperty = new Attendee(URI.create("mailto:" + attendee));
			attendeeProperty.add(Role.REQ_PARTICIPANT);
			attendeeProperty.add(cancel ? PartStat.DECLINED : PartStat.NEEDS_ACTION);
			attendeeProperty.add(cancel ? Rsvp.FALSE : Rsvp.TRUE);
			event.add(attendeeProperty);
		}
		event.add(cancel ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		Method method = cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST;
		Calendar calendar = new Calendar().withProdId("-//Duijie//notification-service//ZH")
			.withProperty(ImmutableVersion.VERSION_2_0)
			.withProperty(ImmutableCalScale.GREGORIAN)
			.withProperty(method)
			.withComponent(event)
			.getFluentTarget();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** Venue and table, e.g. 佛山潭州国际会展中心 3 号馆 A-12. */
	public static @Nullable String location(Meeting meeting) {
		if (meeting.venue() == null) {
			return meeting.table();
		}
		return (meeting.table() != null) ? meeting.venue() + " " + meeting.table() : meeting.venue();
	}

	/** Participant names joined, e.g. 华信 × 清远高新区. */
	public static String parties(Meeting meeting) {
		return String.join(" × ", meeting.participants().stream().map(MeetingParticipant::name).toList());
	}

}
