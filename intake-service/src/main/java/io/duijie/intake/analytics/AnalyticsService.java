package io.duijie.intake.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.duijie.intake.leads.Lead;
import io.duijie.intake.leads.LeadStore;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Computes the figures on demand from the lead store and the fair funnels: always
 * current, no second copy to keep in step. A park's thousands of leads take one
 * {@code MGET}.
 */
@Service
class AnalyticsService {

	private final LeadStore leads;

	private final FairFunnelStore fairs;

	AnalyticsService(LeadStore leads, FairFunnelStore fairs) {
		this.leads = leads;
		this.fairs = fairs;
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
