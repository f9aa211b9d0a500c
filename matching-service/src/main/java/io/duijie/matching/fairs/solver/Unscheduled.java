package io.duijie.matching.fairs.solver;

/**
 * A request the schedule leaves out, and the constraint that stopped it.
 *
 * @param requestId the request
 * @param cause the constraint
 * @param participantId the participant the constraint concerns, or the empty string when
 * it concerns no single one
 * @param detail a sentence in English for organisers (the fairs package renders zh-CN
 * from the cause)
 */
public record Unscheduled(String requestId, Cause cause, String participantId, String detail) {

	/** Why a request was left out, from the hardest constraint to the softest. */
	public enum Cause {

		/** A participant is unknown to the problem. */
		UNKNOWN_PARTICIPANT,
		/** The who-can-meet-whom rules do not let these groups meet. */
		RULE,
		/** The two participants share no available slot. */
		NO_COMMON_SLOT,
		/** No table offers the language the meeting needs. */
		NO_TABLE,
		/** A participant's maximum number of meetings is taken by weightier meetings. */
		CAPACITY,
		/**
		 * Every common slot is taken by other meetings of the two participants or has no
		 * free table.
		 */
		BUSY

	}

}
