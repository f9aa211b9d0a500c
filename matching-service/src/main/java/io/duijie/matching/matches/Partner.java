package io.duijie.matching.matches;

import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.CounterpartProfile;
import io.duijie.contracts.EnterpriseProfile;
import io.duijie.contracts.InvestorProfile;
import io.duijie.contracts.PartnerType;
import io.duijie.matching.index.IndexEntry;
import io.duijie.matching.scoring.MatchScorer;
import io.duijie.matching.scoring.Score;
import org.jspecify.annotations.Nullable;

/** The other side of a match, counterpart or investor, at its indexed version. */
record Partner(String id, long version, PartnerType type, @Nullable CounterpartKind kind, String name,
		@Nullable String parkName, @Nullable CounterpartProfile counterpart, @Nullable InvestorProfile investor) {

	static Partner counterpart(IndexEntry<CounterpartProfile> entry) {
		CounterpartProfile profile = entry.requireProfile();
		return new Partner(entry.id(), entry.version(), PartnerType.COUNTERPART, profile.kind(), profile.name(),
				profile.parkName(), profile, null);
	}

	static Partner investor(IndexEntry<InvestorProfile> entry) {
		InvestorProfile profile = entry.requireProfile();
		return new Partner(entry.id(), entry.version(), PartnerType.INVESTOR, null, profile.name(), null, null,
				profile);
	}

	Score score(MatchScorer scorer, EnterpriseProfile enterprise) {
		if (this.counterpart != null) {
			return scorer.score(enterprise, this.counterpart);
		}
		if (this.investor != null) {
			return scorer.score(enterprise, this.investor);
		}
		throw new IllegalStateException("Partner " + this.id + " has no profile");
	}

}
