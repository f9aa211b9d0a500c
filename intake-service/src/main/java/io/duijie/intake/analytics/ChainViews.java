package io.duijie.intake.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.duijie.contracts.ChainLink;
import io.duijie.contracts.ChainLink.ChainPosition;
import io.duijie.contracts.CounterpartProfile;
import io.duijie.contracts.LeadStage;
import io.duijie.intake.leads.Lead;
import io.duijie.intake.profiles.ProfileView;
import org.jspecify.annotations.Nullable;

/**
 * Each cluster's chain view (产业链图谱), a pure function: its links with their resident
 * firms, the missing links (no resident: 缺链), and for each missing link the enterprises
 * matching-service proposed to fill it with their leads (stage and owner).
 */
final class ChainViews {

	private ChainViews() {
	}

	/**
	 * A cluster's chain.
	 *
	 * @param links how many links the chain has
	 * @param missingLinks links without a resident firm
	 * @param missingWithCandidates missing links with at least one proposed enterprise
	 * @param candidateEnterprises enterprises proposed for a missing link
	 * @param candidateLeads the leads of those enterprises
	 */
	record ChainView(String clusterId, String clusterName, String parkName, long version, int links, int filledLinks,
			int missingLinks, int missingWithCandidates, int candidateEnterprises, int candidateLeads,
			List<LinkView> chain) {
	}

	/**
	 * One link; {@code candidates} only for a missing one.
	 */
	record LinkView(String name, ChainPosition position, List<String> keywords, List<String> residents, boolean missing,
			List<CandidateView> candidates) {
	}

	/** An enterprise proposed for a missing link, with its leads (most recent first). */
	record CandidateView(String enterpriseId, String enterpriseName, String matchId, double score, Instant proposedAt,
			List<LeadRef> leads) {
	}

	/** A lead of a proposed enterprise. */
	record LeadRef(String leadId, LeadStage stage, String owner, @Nullable String cluster, @Nullable String parkName,
			@Nullable Long contractedCny, long arrivedCny) {
	}

	/**
	 * The chain of a cluster.
	 * @param candidates the enterprises proposed for its missing links
	 * @param leads every lead; those of a proposed enterprise count when they are for the
	 * cluster's park or for no park yet
	 */
	static ChainView of(ProfileView<CounterpartProfile> cluster, List<ChainIndex.Candidate> candidates,
			List<Lead> leads) {
		CounterpartProfile profile = cluster.profile();
		List<LinkView> links = new ArrayList<>();
		int missing = 0;
		int withCandidates = 0;
		int enterprises = 0;
		int leadCount = 0;
		for (ChainLink link : profile.chainLinks()) {
			List<CandidateView> views = new ArrayList<>();
			if (link.isGap()) {
				missing++;
				for (ChainIndex.Candidate candidate : candidates) {
					if (!link.name().equals(candidate.link())) {
						continue;
					}
					List<LeadRef> refs = leads.stream()
						.filter((l) -> l.enterpriseId().equals(candidate.enterpriseId()))
						.filter((l) -> l.parkName() == null || l.parkName().equals(profile.parkName()))
						.sorted(Comparator.comparing(Lead::updatedAt).reversed().thenComparing(Lead::id))
						.map((l) -> new LeadRef(l.id(), l.stage(), l.owner(), l.cluster(), l.parkName(),
								l.contractedCny(), l.arrivedCny()))
						.toList();
					views.add(new CandidateView(candidate.enterpriseId(), candidate.enterpriseName(),
							candidate.matchId(), candidate.score(), candidate.proposedAt(), refs));
					leadCount += refs.size();
				}
				views.sort(Comparator.comparingDouble(CandidateView::score)
					.reversed()
					.thenComparing(CandidateView::enterpriseId));
				enterprises += views.size();
				if (!views.isEmpty()) {
					withCandidates++;
				}
			}
			links.add(
					new LinkView(link.name(), link.position(), link.keywords(), link.residents(), link.isGap(), views));
		}
		int total = profile.chainLinks().size();
		return new ChainView(cluster.id(), profile.name(), profile.parkName(), cluster.version(), total,
				total - missing, missing, withCandidates, enterprises, leadCount, links);
	}

}
