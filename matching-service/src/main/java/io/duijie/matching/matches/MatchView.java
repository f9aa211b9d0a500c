package io.duijie.matching.matches;

import java.time.Instant;
import java.util.List;

import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchReason;
import io.duijie.contracts.PartnerType;
import org.jspecify.annotations.Nullable;

/**
 * A current match as stored in Redis and served by {@code GET /api/matches}.
 *
 * @param proposedAt when the {@code MatchProposed} of this revision was published
 */
public record MatchView(String matchId, String revision, String enterpriseId, String enterpriseName, String partnerId,
		PartnerType partnerType, @Nullable CounterpartKind partnerKind, String partnerName, @Nullable String parkName,
		double score, List<MatchReason> reasons, Instant proposedAt) {

	static MatchView of(MatchProposed proposed) {
		return new MatchView(proposed.matchId(), proposed.revision(), proposed.enterpriseId(),
				proposed.enterpriseName(), proposed.partnerId(), proposed.partnerType(), proposed.partnerKind(),
				proposed.partnerName(), proposed.parkName(), proposed.score(), proposed.reasons(),
				proposed.occurredAt());
	}

}
