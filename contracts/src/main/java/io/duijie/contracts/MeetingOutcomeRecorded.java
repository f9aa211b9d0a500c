package io.duijie.contracts;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of a meeting at a fair was recorded (洽谈结果): the intent it ended on and the
 * next step agreed. A later outcome of the same meeting corrects an earlier one (the
 * latest wins).
 *
 * @param fairId the fair's id
 * @param fairName the fair's name
 * @param meetingId the meeting, as on {@link Topics#FAIR_MEETINGS}
 * @param participants who met, at least two
 * @param matchId the match the meeting came from ({@code <enterpriseId>~<partnerId>}), or
 * {@code null}
 * @param intent the intent level the meeting ended on
 * @param nextStep what was agreed next (e.g. 两周内安排考察园区), or {@code null}
 * @param by who recorded it (a staff id), or {@code null}
 */
public record MeetingOutcomeRecorded(String eventId, Instant occurredAt, String fairId, String fairName,
		String meetingId, List<MeetingParticipant> participants, @Nullable String matchId, Intent intent,
		@Nullable String nextStep, @Nullable String by) implements FairOutcomeEvent {

	/**
	 * 意向: HIGH strong (ready for a site visit or an agreement), MEDIUM some, LOW weak,
	 * NONE none.
	 */
	public enum Intent {

		HIGH, MEDIUM, LOW, NONE

	}

	/** The meeting id. */
	@Override
	public String key() {
		return this.meetingId;
	}

}
