package io.duijie.matching.matches;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.duijie.contracts.CounterpartKind;
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
import io.duijie.matching.index.CandidateIndex.Indexed;
import io.duijie.matching.index.IndexEntry;
import io.duijie.matching.index.Side;
import io.duijie.matching.index.Terms;
import io.duijie.matching.matches.MatchEngine.Ranked;
import io.duijie.matching.scoring.EnterpriseFeatures;
import io.duijie.matching.scoring.PartnerFeatures;
import io.duijie.matching.scoring.ProfileReader;
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
 * Keeps the matches current. An enterprise's matches are its best {@code top-k} partners
 * of each kind above the threshold ({@link MatchEngine}), never a pair either side
 * declined, and no more than {@code exposure-cap} open matches per institution or
 * investor at once. A new or changed enterprise is re-matched; a new or changed partner
 * re-matches the enterprises it fits (the index's best candidates for it) and those it is
 * matched with. A pass publishes a {@code MatchProposed} for each pair whose revision
 * changed and a {@code MatchRetracted} for each match that no longer holds, with the
 * reason; the store is updated once the broker has the events, so a crash in between
 * republishes the same revisions, which consumers deduplicate.
 *
 * <p>
 * One pass at a time: the listeners (and the rebuild) call in from different threads and
 * a pass reads and writes match state of both sides, so the public methods are
 * {@code synchronized}.
 */
@Service
public class Matchmaker {

	private static final Logger logger = LoggerFactory.getLogger(Matchmaker.class);

	private static final String ALL = "ALL";

	private final CandidateIndex index;

	private final MatchStore store;

	private final MatchEventPublisher publisher;

	private final MatchEngine engine;

	private final ProfileReader reader;

	private final DeclinedPairs declined;

	private final MatchingProperties properties;

	private final Counter proposed;

	private final Counter retracted;

	private final Counter unchanged;

	private final MeterRegistry meters;

	Matchmaker(CandidateIndex index, MatchStore store, MatchEventPublisher publisher, MatchEngine engine,
			ProfileReader reader, DeclinedPairs declined, MatchingProperties properties, MeterRegistry meters) {
		this.index = index;
		this.store = store;
		this.publisher = publisher;
		this.engine = engine;
		this.reader = reader;
		this.declined = declined;
		this.properties = properties;
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
		EnterpriseFeatures features = this.reader.read(event.profile());
		if (!indexEnterprise(event.enterpriseId(), event.version(), event.profile(), features)) {
			logger.info("Ignored enterprise {} v{}: the index holds a newer version", event.enterpriseId(),
					event.version());
			return;
		}
		IndexEntry<EnterpriseProfile> enterprise = new IndexEntry<>(event.enterpriseId(), event.version(),
				event.profile());
		timed("enterprise", () -> {
			Changes changes = new Changes();
			pass(enterprise, features, changes);
			apply(changes, "enterprise " + event.enterpriseId() + " v" + event.version());
		});
	}

	public synchronized void counterpartSubmitted(CounterpartProfileSubmitted event) {
		PartnerFeatures features = this.reader.read(event.profile());
		if (!indexPartner(Side.COUNTERPART, event.counterpartId(), event.version(), features)) {
			logger.info("Ignored counterpart {} v{}: the index holds a newer version", event.counterpartId(),
					event.version());
			return;
		}
		timed("counterpart", () -> rematch(PartnerType.COUNTERPART, event.counterpartId(), event.version(), features));
	}

	public synchronized void investorSubmitted(InvestorProfileSubmitted event) {
		PartnerFeatures features = this.reader.read(event.profile());
		if (!indexPartner(Side.INVESTOR, event.investorId(), event.version(), features)) {
			logger.info("Ignored investor {} v{}: the index holds a newer version", event.investorId(),
					event.version());
			return;
		}
		timed("investor", () -> rematch(PartnerType.INVESTOR, event.investorId(), event.version(), features));
	}

	/**
	 * Indexes a version during a rebuild, without matching (the rebuild recomputes every
	 * match once the index is full).
	 */
	public synchronized void index(EnterpriseProfileSubmitted event) {
		indexEnterprise(event.enterpriseId(), event.version(), event.profile(), this.reader.read(event.profile()));
	}

	public synchronized void index(CounterpartProfileSubmitted event) {
		indexPartner(Side.COUNTERPART, event.counterpartId(), event.version(), this.reader.read(event.profile()));
	}

	public synchronized void index(InvestorProfileSubmitted event) {
		indexPartner(Side.INVESTOR, event.investorId(), event.version(), this.reader.read(event.profile()));
	}

	/**
	 * Removes an enterprise from the index and retracts its matches.
	 * @param version the withdrawal's version, or {@code null} for a tombstone
	 */
	public synchronized void enterpriseWithdrawn(String enterpriseId, @Nullable Long version) {
		Indexed previous = indexedEnterprise(enterpriseId);
		if (!this.index.withdraw(Side.ENTERPRISE, enterpriseId, version, previous)) {
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
		Side<PartnerFeatures> side = (type == PartnerType.COUNTERPART) ? Side.COUNTERPART : Side.INVESTOR;
		Indexed previous = indexedPartner(side, partnerId);
		if (!this.index.withdraw(side, partnerId, version, previous)) {
			logger.info("Ignored withdrawal of {} {} v{}: the index holds a newer version", side, partnerId, version);
			return;
		}
		Changes changes = new Changes();
		this.store.ofPartner(type, partnerId)
			.forEach((match) -> changes.retract(match, RetractionReason.PARTNER_WITHDRAWN));
		apply(changes, side + " " + partnerId + " withdrawn");
	}

	/** A current match, or {@code null}. */
	public @Nullable MatchView match(String matchId) {
		return this.store.get(matchId);
	}

	/**
	 * One side declined a match: retract it; the pair is never proposed again.
	 */
	public synchronized void declined(String matchId) {
		MatchView match = this.store.get(matchId);
		if (match == null) {
			return;
		}
		Changes changes = new Changes();
		changes.retract(match, RetractionReason.DECLINED);
		apply(changes, "match " + matchId + " declined");
	}

	/**
	 * Recomputes every match after the index was rebuilt: pairs whose stored revision
	 * differs (all of them after the store was wiped) are published again with the same
	 * revision; stale matches are retracted.
	 */
	public synchronized void recomputeAll() {
		List<IndexEntry<EnterpriseProfile>> enterprises = this.index.live(Side.ENTERPRISE);
		logger.info("Recomputing the matches of {} enterprises", enterprises.size());
		for (IndexEntry<EnterpriseProfile> enterprise : enterprises) {
			timed("rebuild", () -> {
				Changes changes = new Changes();
				pass(enterprise, changes);
				apply(changes, "enterprise " + enterprise.id() + " (rebuild)");
			});
		}
	}

	private boolean indexEnterprise(String id, long version, EnterpriseProfile profile, EnterpriseFeatures features) {
		Indexed previous = indexedEnterprise(id);
		return this.index.put(Side.ENTERPRISE, id, version, profile, ALL, Terms.of(features), previous);
	}

	private boolean indexPartner(Side<PartnerFeatures> side, String id, long version, PartnerFeatures features) {
		Indexed previous = indexedPartner(side, id);
		return this.index.put(side, id, version, features, MatchEngine.partitionOf(features), Terms.of(features),
				previous);
	}

	/** Where the index holds an enterprise's live version, to move its postings from. */
	private @Nullable Indexed indexedEnterprise(String id) {
		return this.index.get(Side.ENTERPRISE, id)
			.filter(IndexEntry::live)
			.map((entry) -> new Indexed(ALL, Terms.of(this.reader.read(entry.requireProfile()))))
			.orElse(null);
	}

	/** Where the index holds a partner's live version, to move its postings from. */
	private @Nullable Indexed indexedPartner(Side<PartnerFeatures> side, String id) {
		return this.index.get(side, id).filter(IndexEntry::live).map((entry) -> {
			PartnerFeatures features = entry.requireProfile();
			return new Indexed(MatchEngine.partitionOf(features), Terms.of(features));
		}).orElse(null);
	}

	/**
	 * Re-matches the enterprises a new or changed partner fits best, and those it is
	 * matched with.
	 */
	private void rematch(PartnerType type, String partnerId, long version, PartnerFeatures features) {
		Set<String> ids = new LinkedHashSet<>();
		this.store.ofPartner(type, partnerId).forEach((match) -> ids.add(match.enterpriseId()));
		List<IndexEntry<EnterpriseProfile>> enterprises = new ArrayList<>(this.index.get(Side.ENTERPRISE, ids));
		for (IndexEntry<EnterpriseProfile> candidate : this.index.candidates(Side.ENTERPRISE, ALL,
				Terms.partnerQuery(features), this.properties.rematchLimit(), this.properties.maxPosting(),
				this.properties.candidateBudget())) {
			if (ids.add(candidate.id())) {
				enterprises.add(candidate);
			}
		}
		// best candidates first, each enterprise's events out as soon as it is decided:
		// the change
		// shows in the matches that matter most within milliseconds, not after the whole
		// batch
		for (IndexEntry<EnterpriseProfile> enterprise : enterprises) {
			if (enterprise.live()) {
				Changes changes = new Changes();
				pass(enterprise, changes);
				apply(changes, type.name().toLowerCase(Locale.ROOT) + " " + partnerId + " v" + version
						+ " against enterprise " + enterprise.id());
			}
		}
	}

	/** Decides one enterprise's matches into {@code changes}. */
	private void pass(IndexEntry<EnterpriseProfile> enterprise, Changes changes) {
		pass(enterprise, this.reader.read(enterprise.requireProfile()), changes);
	}

	private void pass(IndexEntry<EnterpriseProfile> enterprise, EnterpriseFeatures features, Changes changes) {
		EnterpriseProfile profile = enterprise.requireProfile();
		Map<String, MatchView> existing = new LinkedHashMap<>();
		this.store.ofEnterprise(enterprise.id()).forEach((match) -> existing.put(match.matchId(), match));
		changes.dropped.forEach(existing::remove);
		Set<String> excluded = this.declined.declinedPartners(enterprise.id());
		List<String> current = existing.values().stream().map(MatchView::partnerId).toList();
		for (Ranked ranked : this.engine.rank(enterprise.id(), features, excluded, current)) {
			String matchId = ranked.matchId(enterprise.id());
			MatchView held = existing.remove(matchId);
			if (held == null) {
				if (!admitted(ranked, changes)) {
					continue;
				}
				changes.admitted.merge(ranked.partner().id(), 1, Integer::sum);
			}
			IndexEntry<PartnerFeatures> partner = ranked.partner();
			String revision = MatchProposed.revision(enterprise.version(), partner.version());
			if (held != null && held.revision().equals(revision)) {
				changes.unchanged++;
				continue;
			}
			PartnerFeatures p = partner.requireProfile();
			Score score = ranked.score();
			changes.propose(new MatchProposed(UUID.randomUUID().toString(), Instant.now(), matchId, revision,
					enterprise.id(), enterprise.version(), profile.name(), profile.ownerStaffId(), partner.id(),
					p.type(), p.kind(), partner.version(), p.name(), p.parkName(), score.value(), score.reasons()));
		}
		// what is left no longer holds: find out why
		for (MatchView match : existing.values()) {
			changes.retract(match, whyNotKept(match, features, excluded));
		}
	}

	/**
	 * Applies the exposure cap to a new match of an institution or investor: admitted
	 * while the partner has fewer than the cap, or when it scores above the partner's
	 * weakest match, which it then replaces.
	 */
	private boolean admitted(Ranked ranked, Changes changes) {
		PartnerFeatures partner = ranked.partner().requireProfile();
		boolean capped = partner.type() == PartnerType.INVESTOR || partner.kind() == CounterpartKind.INSTITUTION;
		if (!capped) {
			return true;
		}
		List<MatchView> held = new ArrayList<>(this.store.ofPartner(partner.type(), ranked.partner().id()));
		held.removeIf((match) -> changes.dropped.contains(match.matchId()));
		int open = held.size() + changes.admitted.getOrDefault(ranked.partner().id(), 0);
		if (open < this.properties.exposureCap()) {
			return true;
		}
		MatchView weakest = held.isEmpty() ? null : held.get(held.size() - 1);
		if (weakest == null || weakest.score() >= ranked.score().value()) {
			return false;
		}
		changes.retract(weakest, RetractionReason.EXPOSURE_CAP);
		return true;
	}

	private RetractionReason whyNotKept(MatchView match, EnterpriseFeatures enterprise, Set<String> excluded) {
		if (excluded.contains(match.partnerId())) {
			return RetractionReason.DECLINED;
		}
		Side<PartnerFeatures> side = (match.partnerType() == PartnerType.COUNTERPART) ? Side.COUNTERPART
				: Side.INVESTOR;
		IndexEntry<PartnerFeatures> partner = this.index.get(side, match.partnerId()).orElse(null);
		if (partner == null || !partner.live()) {
			return RetractionReason.PARTNER_WITHDRAWN;
		}
		Score score = this.engine.score(enterprise, partner.requireProfile());
		return score.reaches(this.properties.threshold()) ? RetractionReason.DISPLACED
				: RetractionReason.BELOW_THRESHOLD;
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
		if (!events.isEmpty()) {
			logger.info("Scored {}: {} proposed, {} retracted, {} unchanged", pass, changes.proposals.size(),
					changes.retractions.size(), changes.unchanged);
		}
	}

	private void timed(String trigger, Runnable pass) {
		Timer.builder("duijie.matching.scoring")
			.description("One matching pass: from index read to published events")
			.tag("trigger", trigger)
			.register(this.meters)
			.record(pass);
	}

	/** What one pass decided. */
	private static final class Changes {

		final List<MatchProposed> proposals = new ArrayList<>();

		final List<MatchRetracted> retractions = new ArrayList<>();

		final List<MatchView> retracted = new ArrayList<>();

		final Set<String> dropped = new LinkedHashSet<>();

		/** New matches per partner in this batch, for the exposure cap. */
		final Map<String, Integer> admitted = new LinkedHashMap<>();

		int unchanged;

		void propose(MatchProposed match) {
			this.proposals.add(match);
		}

		void retract(MatchView match, RetractionReason reason) {
			if (this.dropped.add(match.matchId())) {
				this.retractions.add(new MatchRetracted(UUID.randomUUID().toString(), Instant.now(), match.matchId(),
						match.enterpriseId(), match.partnerId(), reason));
				this.retracted.add(match);
			}
		}

	}

}
