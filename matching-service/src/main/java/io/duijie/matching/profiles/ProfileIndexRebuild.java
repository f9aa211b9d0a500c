package io.duijie.matching.profiles;

import java.util.List;

import io.duijie.contracts.CounterpartProfileSubmitted;
import io.duijie.contracts.CounterpartProfileWithdrawn;
import io.duijie.contracts.EnterpriseProfileSubmitted;
import io.duijie.contracts.EnterpriseProfileWithdrawn;
import io.duijie.contracts.InvestorProfileSubmitted;
import io.duijie.contracts.InvestorProfileWithdrawn;
import io.duijie.contracts.PartnerType;
import io.duijie.contracts.Topics;
import io.duijie.matching.index.CandidateIndex;
import io.duijie.matching.matches.Matchmaker;
import io.duijie.platform.replay.RebuildableStore;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refills the candidate index from the three compacted profile topics when Redis lost it
 * (the marker key {@code duijie:matching:index:rebuilt} is missing), before the listeners
 * start; then recomputes every match, which republishes with the same revision each pair
 * whose stored revision differs (all of them after a wipe). Submissions only fill the
 * index here; withdrawals and tombstones go through {@link Matchmaker} so that any match
 * still stored for them is retracted.
 */
@Component
@Order(10)
class ProfileIndexRebuild implements RebuildableStore {

	private final CandidateIndex index;

	private final Matchmaker matchmaker;

	ProfileIndexRebuild(CandidateIndex index, Matchmaker matchmaker) {
		this.index = index;
		this.matchmaker = matchmaker;
	}

	@Override
	public String name() {
		return "matching-index";
	}

	@Override
	public List<String> topics() {
		return Topics.PROFILE_TOPICS;
	}

	@Override
	public boolean needsRebuild() {
		return !this.index.isBuilt();
	}

	@Override
	public void apply(ConsumerRecord<String, Object> record) {
		Object value = record.value();
		if (value instanceof EnterpriseProfileSubmitted e) {
			this.matchmaker.index(e);
		}
		else if (value instanceof CounterpartProfileSubmitted c) {
			this.matchmaker.index(c);
		}
		else if (value instanceof InvestorProfileSubmitted i) {
			this.matchmaker.index(i);
		}
		else if (value instanceof EnterpriseProfileWithdrawn e) {
			this.matchmaker.enterpriseWithdrawn(e.enterpriseId(), e.version());
		}
		else if (value instanceof CounterpartProfileWithdrawn c) {
			this.matchmaker.partnerWithdrawn(PartnerType.COUNTERPART, c.counterpartId(), c.version());
		}
		else if (value instanceof InvestorProfileWithdrawn i) {
			this.matchmaker.partnerWithdrawn(PartnerType.INVESTOR, i.investorId(), i.version());
		}
		else if (value == null && record.key() != null) {
			tombstone(record.topic(), record.key());
		}
	}

	private void tombstone(String topic, String key) {
		switch (topic) {
			case Topics.ENTERPRISE_PROFILES -> this.matchmaker.enterpriseWithdrawn(key, null);
			case Topics.COUNTERPART_PROFILES -> this.matchmaker.partnerWithdrawn(PartnerType.COUNTERPART, key, null);
			case Topics.INVESTOR_PROFILES -> this.matchmaker.partnerWithdrawn(PartnerType.INVESTOR, key, null);
			default -> {
			}
		}
	}

	@Override
	public void rebuilt() {
		this.matchmaker.recomputeAll();
		this.index.markBuilt();
	}

}
