package io.duijie.matching.matches;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.MatchEvent;
import io.duijie.contracts.PartnerType;
import io.duijie.matching.index.CandidateIndex;
import io.duijie.matching.index.IndexEntry;
import io.duijie.matching.index.Side;
import io.duijie.matching.index.Terms;
import io.duijie.matching.scoring.EnterpriseFeatures;
import io.duijie.matching.scoring.MatchScorer;
import io.duijie.matching.scoring.PartnerFeatures;
import io.duijie.matching.scoring.Score;
import io.duijie.matching.system.MatchingProperties;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Finds an enterprise's best partners: for each partner kind, candidates from the
 * inverted index, each scored exactly, the best {@code top-k} above the threshold kept in
 * a bounded heap. Reads only; {@link Matchmaker} decides what to publish.
 */
@Component
public class MatchEngine implements DisposableBean {

	/** The partner kinds, each ranked on its own so that no kind crowds out another. */
	public static final List<Partition> PARTITIONS = List.of(
			new Partition(Side.COUNTERPART, CounterpartKind.PARK_INDUSTRY.name()),
			new Partition(Side.COUNTERPART, CounterpartKind.INSTITUTION.name()),
			new Partition(Side.COUNTERPART, CounterpartKind.SPACE.name()), new Partition(Side.INVESTOR, "INVESTOR"));

	private final CandidateIndex index;

	private final MatchScorer scorer;

	private final MatchingProperties properties;

	/** Runs the candidate queries of one rank side by side (one thread per kind). */
	private final ExecutorService queries;

	public MatchEngine(CandidateIndex index, MatchScorer scorer, MatchingProperties properties) {
		this.index = index;
		this.scorer = scorer;
		this.properties = properties;
		AtomicInteger threads = new AtomicInteger();
		this.queries = Executors.newFixedThreadPool(PARTITIONS.size(), (task) -> {
			Thread thread = new Thread(task, "match-candidates-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * The enterprise's best partners of every kind, best first.
	 * @param enterpriseId the enterprise
	 * @param excluded partner ids never to propose (declined pairs)
	 * @param alsoScore partner ids scored even if candidate generation does not return
	 * them (the current matches, so that a match is only dropped on its exact score)
	 */
	public List<Ranked> rank(String enterpriseId, EnterpriseFeatures enterprise, Set<String> excluded,
			Collection<String> alsoScore) {
		Map<String, Double> query = Terms.enterpriseQuery(enterprise);
		List<IndexEntry<PartnerFeatures>> extraCounterparts = this.index.get(Side.COUNTERPART, alsoScore);
		List<IndexEntry<PartnerFeatures>> extraInvestors = this.index.get(Side.INVESTOR, alsoScore);
		// every kind's candidate query at once: Redis works on the next while this thread
		// scores the one before
		List<CompletableFuture<List<IndexEntry<PartnerFeatures>>>> pending = new ArrayList<>(PARTITIONS.size());
		for (Partition partition : PARTITIONS) {
			pending.add(CompletableFuture.supplyAsync(() -> candidates(enterprise, partition, query), this.queries));
		}
		List<Ranked> ranked = new ArrayList<>();
		for (int i = 0; i < PARTITIONS.size(); i++) {
			Partition partition = PARTITIONS.get(i);
			Map<String, IndexEntry<PartnerFeatures>> pool = new LinkedHashMap<>();
			for (IndexEntry<PartnerFeatures> entry : join(pending.get(i))) {
				pool.put(entry.id(), entry);
			}
			for (IndexEntry<PartnerFeatures> entry : (partition.side() == Side.INVESTOR) ? extraInvestors
					: extraCounterparts) {
				if (entry.live() && partition.name().equals(partitionOf(entry.requireProfile()))) {
					pool.putIfAbsent(entry.id(), entry);
				}
			}
			ranked.addAll(top(enterprise, pool.values(), excluded, this.properties.topK()));
		}
		ranked.sort(Comparator.comparingDouble((Ranked r) -> r.score().value()).reversed());
		return ranked;
	}

	private static <T> T join(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	@Override
	public void destroy() {
		this.queries.shutdownNow();
	}

	/**
	 * The partition's candidates from the index. Spaces get half as many again: many
	 * share an area bucket, and they are cheap to score (no text). None are looked up
	 * where the scorer rules every one out: spaces for a firm that needs no factory space
	 * or land (no area term), funds for one that asks for no money.
	 */
	public List<IndexEntry<PartnerFeatures>> candidates(EnterpriseFeatures enterprise, Partition partition,
			Map<String, Double> query) {
		Terms.KindQuery kindQuery = Terms.forKind(enterprise, query, partition.name());
		boolean spaces = partition.name().equals(CounterpartKind.SPACE.name());
		Long funding = enterprise.profile().needs().fundingCny();
		if ((spaces && kindQuery.holding().isEmpty())
				|| (partition.side() == Side.INVESTOR && (funding == null || funding <= 0))) {
			return List.of();
		}
		int limit = spaces ? 3 * this.properties.candidates() / 2 : this.properties.candidates();
		return this.index.candidates(partition.side(), partition.name(), kindQuery.holding(), kindQuery.area(),
				kindQuery.terms(), limit, this.properties.maxPosting(), this.properties.candidateBudget());
	}

	/**
	 * The best {@code k} of some partners above the threshold, best first (ties by id).
	 * Every partner is scored without its explanation; only the {@code k} kept are
	 * explained.
	 */
	public List<Ranked> top(EnterpriseFeatures enterprise, Collection<IndexEntry<PartnerFeatures>> partners,
			Set<String> excluded, int k) {
		Comparator<Candidate> worstFirst = Comparator.comparingDouble(Candidate::value)
			.thenComparing((Candidate c) -> c.partner().id(), Comparator.reverseOrder());
		PriorityQueue<Candidate> heap = new PriorityQueue<>(k + 1, worstFirst);
		double threshold = this.properties.threshold();
		for (IndexEntry<PartnerFeatures> partner : partners) {
			if (!partner.live() || excluded.contains(partner.id())) {
				continue;
			}
			double value = this.scorer.value(enterprise, partner.requireProfile());
			if (value >= threshold) {
				heap.add(new Candidate(partner, value));
				if (heap.size() > k) {
					heap.poll();
				}
			}
		}
		List<Candidate> best = new ArrayList<>(heap);
		best.sort(worstFirst.reversed());
		List<Ranked> ranked = new ArrayList<>(best.size());
		for (Candidate candidate : best) {
			ranked.add(new Ranked(candidate.partner(),
					this.scorer.score(enterprise, candidate.partner().requireProfile())));
		}
		return ranked;
	}

	public Score score(EnterpriseFeatures enterprise, PartnerFeatures partner) {
		return this.scorer.score(enterprise, partner);
	}

	public static String partitionOf(PartnerFeatures partner) {
		if (partner.type() == PartnerType.INVESTOR) {
			return "INVESTOR";
		}
		return (partner.kind() != null) ? partner.kind().name() : CounterpartKind.PARK_INDUSTRY.name();
	}

	/** A partition of the partner index: one side, one kind. */
	public record Partition(Side<PartnerFeatures> side, String name) {
	}

	/** A partner and its exact score, not yet explained. */
	private record Candidate(IndexEntry<PartnerFeatures> partner, double value) {
	}

	/** A partner and its exact score. */
	public record Ranked(IndexEntry<PartnerFeatures> partner, Score score) {

		public String matchId(String enterpriseId) {
			return MatchEvent.matchId(enterpriseId, this.partner.id());
		}

	}

}
