package io.duijie.contracts;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An enterprise and a partner (counterpart or investor) fit, with a score in [0, 1] and
 * the reasons.
 *
 * @param revision {@code e<enterpriseVersion>-p<partnerVersion>}: the match version; a
 * redelivered or replayed match keeps its revision
 */
public record MatchProposed(String eventId, Instant occurredAt, String matchId, String revision, String enterpriseId,
		long enterpriseVersion, String enterpriseName, @Nullable String ownerStaffId, String partnerId,
		PartnerType partnerType, @Nullable CounterpartKind partnerKind, long partnerVersion, String partnerName,
		@Nullable String parkName, double score, List<MatchReason> reasons) implements MatchEvent {

	public static String revision(long enterpriseVersion, long partnerVersion) {
		return "e" + enterpriseVersion + "-p" + partnerVersion;
	}

}
