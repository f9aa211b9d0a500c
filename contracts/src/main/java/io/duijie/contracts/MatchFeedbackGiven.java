package io.duijie.contracts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One side's decision on a match: accept or decline, with a reason. The latest decision
 * of each side wins; a declined pair is never proposed again.
 *
 * @param side who decided: the enterprise or the partner
 * @param by who recorded it, e.g. a staff id, if known
 */
public record MatchFeedbackGiven(String eventId, Instant occurredAt, String matchId, String enterpriseId,
		String partnerId, PartnerType partnerType, Side side, Decision decision, @Nullable String reason,
		@Nullable String by) implements DuijieEvent {

	/** Which side of the match decided. */
	public enum Side {

		ENTERPRISE, PARTNER

	}

	/** Accept (愿意对接) or decline (不感兴趣). */
	public enum Decision {

		ACCEPT, DECLINE

	}

	/** {@code <matchId>/<side>}: one record per side survives compaction. */
	@Override
	public String key() {
		return key(this.matchId, this.side);
	}

	public static String key(String matchId, Side side) {
		return matchId + "/" + side.name();
	}

}
