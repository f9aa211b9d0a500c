package io.duijie.intake.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.CounterpartProfile;
import io.duijie.intake.leads.Lead;
import io.duijie.intake.leads.LeadStore;
import io.duijie.intake.profiles.ProfileKind;
import io.duijie.intake.profiles.ProfileStore;
import io.duijie.intake.profiles.ProfileView;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Computes the figures on demand from the lead store, the fair funnels and (for the chain
 * views) the profile store and the chain index: always current, no second copy to keep in
 * step. A park's thousands of leads take one {@code MGET}.
 */
@Service
class AnalyticsService {

	private final LeadStore leads;

	private final FairFunnelStore fairs;

	private final ChainIndex chains;

	private final ProfileStore profiles;

	AnalyticsService(LeadStore leads, FairFunnelStore fairs, ChainIndex chains, ProfileStore profiles) {
		this.leads = leads;
		this.fairs = fairs;
		this.chains = chains;
		this.profiles = profiles;
	}

	/**
	 * Every current cluster's chain view, of one park's clusters if {@code park} is
	 * given.
	 */
	List<ChainViews.ChainView> chains(@Nullable String park) {
		List<Lead> all = this.leads.all();
		List<ChainViews.ChainView> views = new ArrayList<>();
		for (String id : this.chains.clusterIds()) {
			Optional<ProfileView<CounterpartProfile>> cluster = cluster(id);
			if (cluster.isEmpty()
					|| park != null && !park.isBlank() && !park.strip().equals(cluster.get().profile().parkName())) {
				continue;
			}
			views.add(ChainViews.of(cluster.get(), this.chains.candidates(id), all));
		}
		views.sort(Comparator.comparing(ChainViews.ChainView::parkName)
			.thenComparing(ChainViews.ChainView::clusterName)
			.thenComparing(ChainViews.ChainView::clusterId));
		return views;
	}

	/** One cluster's chain view. */
	ChainViews.ChainView chain(String clusterId) {
		ProfileView<CounterpartProfile> cluster = cluster(clusterId)
			.orElseThrow(() -> new ClusterNotFoundException(clusterId));
		return ChainViews.of(cluster, this.chains.candidates(clusterId), this.leads.all());
	}

	private Optional<ProfileView<CounterpartProfile>> cluster(String id) {
		return this.profiles.find(ProfileKind.COUNTERPART, id, CounterpartProfile.class)
			.filter((view) -> view.profile().kind() == CounterpartKind.PARK_INDUSTRY);
	}

	/** The pipeline's figures, of one park's leads if {@code park} is given. */
	LeadFigures.Summary summary(@Nullable String park) {
		List<Lead> all = this.leads.all();
		if (park != null && !park.isBlank()) {
			all = all.stream().filter((l) -> park.strip().equals(l.parkName())).toList();
		}
		return LeadFigures.summarise(all);
	}

	/** Every fair with outcomes or leads, by id. */
	List<FairFunnels.Funnel> fairs() {
		List<Lead> all = this.leads.all();
		Set<String> ids = new TreeSet<>(this.fairs.fairIds());
		all.stream().map(Lead::fairId).filter((id) -> id != null).forEach(ids::add);
		List<FairFunnels.Funnel> funnels = new ArrayList<>();
		for (String id : ids) {
			funnels.add(funnel(id, all));
		}
		funnels.sort(Comparator.comparing(FairFunnels.Funnel::fairId));
		return funnels;
	}

	FairFunnels.Funnel fair(String fairId) {
		return funnel(fairId, this.leads.all());
	}

	private FairFunnels.Funnel funnel(String fairId, List<Lead> all) {
		return FairFunnels.funnel(this.fairs.find(fairId), this.fairs.name(fairId),
				all.stream().filter((l) -> fairId.equals(l.fairId())).toList());
	}

}
