package io.duijie.matching.matches;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.duijie.contracts.CounterpartProfileSubmitted;
import io.duijie.contracts.EnterpriseProfile;
import io.duijie.contracts.EnterpriseProfileSubmitted;
import io.duijie.contracts.InvestorProfileSubmitted;
import io.duijie.contracts.MatchEvent;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchRetracted;
import io.duijie.contracts.MatchRetracted.RetractionReason;
import io.duijie.contracts.PartnerType;
import io.duijie.matching.index.CandidateIndex;
import io.duijie.matching.index.IndexEntry;
import io.duijie.matching.index.Side;
import io.duijie.matching.scoring.MatchScorer;
import io.duijie.matching.scoring.Score;
import io.duijie.matching.system.MatchingProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Keeps the matches current. A new or changed enterprise is scored against every live
 * counterpart and investor; a new or changed counterpart or investor against every live
 * enterprise (a scan of the index, fine at this scale). For each pair at or above the
 * threshold whose stored revision differs, a {@code MatchProposed} is published and
 * stored; a stored match that now scores below the threshold is retracted
 * ({@code BELOW_THRESHOLD}); the matches of a withdrawn profile are retracted
 * ({@code ENTERPRISE_WITHDRAWN}, {@code PARTNER_WITHDRAWN}). Events are published first
 * and the store updated once the broker has them: a crash in between republishes the same
 * revision, which consumers deduplicate.
 *
 * <p>
 * One pass at a time: the three listeners (and the rebuild) call in from different
 * threads and a pass reads and writes match state of both sides, so the public methods
 * are {@code synchronized}. Passes are CPU-bound and short; the consumers' heartbeats run
 * on their own threads and {@code max.poll.records} keeps a batch well inside
 * {@code max.poll.interval.ms}.
 */
@Service
public class Matchmaker {

	private static final Logger logger = LoggerFactory.getLogger(Matchmaker.class);

	private final CandidateIndex index;

	private final MatchStore store;

	private final MatchEventPublisher publisher;

	private final MatchScorer scorer = new MatchScorer();

	private final double threshold;

	private final Counter proposed;

	private final Counter retracted;

	private final Counter unchanged;

	private final MeterRegistry meters;

	Matchmaker(CandidateIndex index, MatchStore store, MatchEventPublisher publisher, MatchingProperties properties,
			MeterRegistry meters) {
		this.index = index;
		this.store = store;
		this.publisher = publisher;
		this.threshold = properties.threshold();
		this.meters = meters;
		this.proposed = outcome(meters, "proposed");
		this.retracted = outcome(meters, "retracted");
		this.unchanged = outcome(meters, "unchanged");
	}

	private static Counter outcome(MeterRegistry meters, String outcome) {
		return Counter.builder("duijie.matching.matches")
			.description("Match decisions: proposed (published), retracted, unchanged (same revision, not republished)")
			.tag("outcome", outcome)
			.register(meters);
	}

	public synchronized void enterpriseSubmitted(EnterpriseProfileSubmitted event) {
		if (!this.index.put(Side.ENTERPRISE, event.enterpriseId(), event.version(), event.profile())) {
			logger.info("Ignored enterprise {} v{}: the index holds a newer version", event.enterpriseId(),
					event.version());
			return;
		}
		IndexEntry<EnterpriseProfile> enterprise = new IndexEntry<>(event.enterpriseId(), event.version(),
				event.profile());
		timed("enterprise", () -> rescoreEnterprise(enterprise, partners()));
	}

	public synchronized void counterpartSubmitted(CounterpartProfileSubmitted event) {
		if (!this.index.put(Side.COUNTERPART, event.counterpartId(), event.version(), event.profile())) {
			logger.info("Ignored counterpart {} v{}: the index holds a newer version", event.counterpartId(),
					event.version());
			return;
		}
		Partner partner = Partner
			.counterpart(new IndexEntry<>(event.counterpartId(), event.version(), event.profile()));
		timed("counterpart", () -> rescorePartner(partner));
	}

	public synchronized void investorSubmitted(InvestorProfileSubmitted event) {
		if (!this.index.put(Side.INVESTOR, event.investorId(), event.version(), event.profile())) {
			logger.info("Ignored investor {} v{}: the index holds a newer version", event.investorId(),
					event.version());
			return;
		}
		Partner partner = Partner.investor(new IndexEntry<>(event.investorId(), event.version(), event.profile()));
		timed("investor", () -> rescorePartner(partner));
	}

	/**
	 * Removes an enterprise from the index and retracts its matches.
	 * @param version the withdrawal's version, or {@code null} for a tombstone
	 */
	public synchronized void enterpriseWithdrawn(String enterpriseId, @Nullable Long version) {
		if (!this.index.withdraw(Side.ENTERPRISE, enterpriseId, version)) {
			logger.info("Ignored withdrawal of enterprise {} v{}: the index holds a newer version", enterpriseId,
					version);
			return;
		}
		Changes changes = new Changes();
		this.store.ofEnterprise(enterpriseId)
			.forEach((match) -> changes.retract(match, RetractionReason.ENTERPRISE_WITHDRAWN));
		apply(changes, "enterprise " + enterpriseId + " withdrawn");
	}

	/**
	 * Removes a counterpart or an investor from the index and retracts its matches.
	 * @param version the withdrawal's version, or {@code null} for a tombstone
	 */
	public synchronized void partnerWithdrawn(PartnerType type, String partnerId, @Nullable Long version) {
		Side<?> side = (type == PartnerType.COUNTERPART) ? Side.COUNTERPART : Side.INVESTOR;
		if (!this.index.withdraw(side, partnerId, version)) {
			logger.info("Ignored withdrawal of {} {} v{}: the index holds a newer version", side, partnerId, version);
			return;
		}
		Changes changes = new Changes();
		this.store.ofPartner(type, partnerId)
			.forEach((match) -> changes.retract(match, RetractionReason.PARTNER_WITHDRAWN));
		apply(changes, side + " " + partnerId + " withdrawn");
	}

	/**
	 * Recomputes every pair after the index was rebuilt: pairs whose stored revision
	 * differs (all of them after the store was wiped) are published again with the same
	 * revision; stale matches are retracted.
	 */
	public synchronized void recomputeAll() {
		List<Partner> partners = partners();
		List<IndexEntry<EnterpriseProfile>> enterprises = this.index.live(Side.ENTERPRISE);
		logger.info("Recomputing matches of {} enterprises against {} partners", enterprises.size(), partners.size());
		for (IndexEntry<EnterpriseProfile> enterprise : enterprises) {
			timed("rebuild", () -> rescoreEnterprise(enterprise, partners));
		}
	}

	private void rescoreEnterprise(IndexEntry<EnterpriseProfile> enterprise, List<Partner> partners) {
		Map<String, MatchView> existing = byMatchId(this.store.ofEnterprise(enterprise.id()));
		Changes changes = new Changes();
		for (Partner partner : partners) {
			String matchId = MatchEvent.matchId(enterprise.id(), partner.id());
			decide(enterprise, partner, existing.remove(matchId), changes);
		}
		// the partner of what is left is no longer live
		existing.values().forEach((match) -> changes.retract(match, RetractionReason.PARTNER_WITHDRAWN));
		apply(changes, "enterprise " + enterprise.id() + " v" + enterprise.version() + " against " + partners.size()
				+ " partners");
	}

	private void rescorePartner(Partner partner) {
		List<IndexEntry<EnterpriseProfile>> enterprises = this.index.live(Side.ENTERPRISE);
		Map<String, MatchView> existing = byMatchId(this.store.ofPartner(partner.type(), partner.id()));
		Changes changes = new Changes();
		for (IndexEntry<EnterpriseProfile> enterprise : enterprises) {
			String matchId = MatchEvent.matchId(enterprise.id(), partner.id());
			decide(enterprise, partner, existing.remove(matchId), changes);
		}
		existing.values().forEach((match) -> changes.retract(match, RetractionReason.ENTERPRISE_WITHDRAWN));
		apply(changes, partner.type().name().toLowerCase(java.util.Locale.ROOT) + " " + partner.id() + " v"
				+ partner.version() + " against " + enterprises.size() + " enterprises");
	}

	private void decide(IndexEntry<EnterpriseProfile> enterprise, Partner partner, @Nullable MatchView existing,
			Changes changes) {
		EnterpriseProfile profile = enterprise.requireProfile();
		Score score = partner.score(this.scorer, profile);
		String revision = MatchProposed.revision(enterprise.version(), partner.version());
		if (score.reaches(this.threshold)) {
			if (existing != null && existing.revision().equals(revision)) {
				changes.unchanged++;
				return;
			}
			changes.propose(new MatchProposed(UUID.randomUUID().toString(), Instant.now(),
					MatchEvent.matchId(enterprise.id(), partner.id()), revision, enterprise.id(), enterprise.version(),
					profile.name(), profile.ownerStaffId(), partner.id(), partner.type(), partner.kind(),
					partner.version(), partner.name(), partner.parkName(), score.value(), score.reasons()));
		}
		else if (existing != null) {
			changes.retract(existing, RetractionReason.BELOW_THRESHOLD);
		}
	}

	private void apply(Changes changes, String pass) {
		List<MatchEvent> events = new ArrayList<>();
		changes.proposals.forEach(events::add);
		changes.retractions.forEach(events::add);
		this.publisher.publish(events);
		this.store.apply(changes.proposals.stream().map(MatchView::of).toList(), changes.retracted);
		this.proposed.increment(changes.proposals.size());
		this.retracted.increment(changes.retractions.size());
		this.unchanged.increment(changes.unchanged);
		if (!events.isEmpty() || changes.unchanged > 0) {
			logger.info("Scored {}: {} proposed, {} retracted, {} unchanged", pass, changes.proposals.size(),
					changes.retractions.size(), changes.unchanged);
		}
	}

	private List<Partner> partners() {
		return Stream
			.concat(this.index.live(Side.COUNTERPART).stream().map(Partner::counterpart),
					this.index.live(Side.INVESTOR).stream().map(Partner::investor))
			.toList();
	}

	private void timed(String trigger, Runnable pass) {
		Timer.builder("duijie.matching.scoring")
			.description("One scoring pass: a profile against the other side, from index read to published events")
			.tag("trigger", trigger)
			.register(this.meters)
			.record(pass);
	}

	private static Map<String, MatchView> byMatchId(List<MatchView> matches) {
		Map<String, MatchView> byId = new LinkedHashMap<>();
		matches.forEach((match) -> byId.put(match.matchId(), match));
		return byId;
	}

	/** What one pass decided. */
	private static final class Changes {

		final List<MatchProposed> proposals = new ArrayList<>();

		final List<MatchRetracted> retractions = new ArrayList<>();

		final List<MatchView> retracted = new ArrayList<>();

		int unchanged;

		void propose(MatchProposed match) {
			this.proposals.add(match);
		}

		void retract(MatchView match, RetractionReason reason) {
			this.retractions.add(new MatchRetracted(UUID.randomUUID().toString(), Instant.now(), match.matchId(),
					match.enterpriseId(), match.partnerId(), reason));
			this.retracted.add(match);
		}

	}

}
