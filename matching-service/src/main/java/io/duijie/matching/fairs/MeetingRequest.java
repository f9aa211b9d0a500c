package io.duijie.matching.fairs;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The one request of a pair of participants to meet, as stored. Several parties may have
 * a say on the same pair (each participant, the organisers, an accepted match): each
 * stance is kept, and the request's strength is NO_THANKS when any stance is (a veto),
 * else the strongest. Its id is also the id of its meeting (stable across schedule
 * versions: the iCalendar UID of the invitations).
 *
 * @param id its id ({@code mtg-…}), also the meeting's id
 * @param from the participant who asked first (or the enterprise of a match)
 * @param to the other participant
 * @param strength the effective strength
 * @param source who asked first: PARTICIPANT, ORGANISER or MATCH
 * @param matchId the match it came from, or {@code null}
 * @param note what the meeting is about, or {@code null}
 * @param stances each party's stance: a participant id, {@code ORGANISER} or
 * {@code MATCH}, to its strength
 * @param createdAt when the pair was first requested
 * @param updatedAt when a stance last changed
 */
record MeetingRequest(String id, String from, String to, Strength strength, Source source, @Nullable String matchId,
		@Nullable String note, Map<String, Strength> stances, Instant createdAt, Instant updatedAt) {

	MeetingRequest {
		stances = Map.copyOf(stances);
	}

	/**
	 * How much a meeting is wanted, and its weight for the scheduler: MUST 10, LIKE 1, so
	 * that a must-meet outweighs the would-likes it could displace in practice (a
	 * participant rarely has ten would-likes competing for one slot).
	 */
	enum Strength {

		MUST(10), LIKE(1), NO_THANKS(0);

		private final int weight;

		Strength(int weight) {
			this.weight = weight;
		}

		int weight() {
			return this.weight;
		}

	}

	enum Source {

		PARTICIPANT, ORGANISER, MATCH

	}

	boolean involves(String participantId) {
		return this.from.equals(participantId) || this.to.equals(participantId);
	}

	boolean pairs(String a, String b) {
		return (this.from.equals(a) && this.to.equals(b)) || (this.from.equals(b) && this.to.equals(a));
	}

	String other(String participantId) {
		return this.from.equals(participantId) ? this.to : this.from;
	}

	boolean vetoed() {
		return this.strength == Strength.NO_THANKS;
	}

	/** This request with one party's stance set (and the strength recomputed). */
	MeetingRequest withStance(String party, Strength stance, @Nullable String matchId, @Nullable String note,
			Instant now) {
		Map<String, Strength> next = new LinkedHashMap<>(this.stances);
		next.put(party, stance);
		return new MeetingRequest(this.id, this.from, this.to, effective(next), this.source,
				(matchId != null) ? matchId : this.matchId, (note != null) ? note : this.note, next, this.createdAt,
				now);
	}

	static Strength effective(Map<String, Strength> stances) {
		if (stances.containsValue(Strength.NO_THANKS)) {
			return Strength.NO_THANKS;
		}
		return stances.containsValue(Strength.MUST) ? Strength.MUST : Strength.LIKE;
	}

}
