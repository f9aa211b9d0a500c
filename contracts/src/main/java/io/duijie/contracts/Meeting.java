package io.duijie.contracts;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A meeting at a matchmaking fair (对接会): who meets whom, where and when.
 *
 * @param meetingId the meeting's id, stable for its whole life (the iCalendar UID is
 * derived from it)
 * @param fairId the fair's id
 * @param fairName the fair's name, e.g. 2025 清远高新区（佛山）产业对接会
 * @param venue the venue, or {@code null} while unassigned
 * @param table the table or room, or {@code null}
 * @param start when it starts (UTC instant)
 * @param end when it ends (UTC instant), after {@code start}
 * @param sequence the revision of the meeting, 0 when scheduled, raised by every move and
 * by the cancellation (the iCalendar SEQUENCE)
 * @param participants who takes part, at least two
 * @param matchId the match the meeting came from, or {@code null}
 */
public record Meeting(String meetingId, String fairId, String fairName, @Nullable String venue, @Nullable String table,
		Instant start, Instant end, int sequence, List<MeetingParticipant> participants, @Nullable String matchId) {
}
