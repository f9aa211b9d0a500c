package io.duijie.intake.analytics;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.duijie.contracts.LeadStage;
import io.duijie.contracts.MeetingCheckedIn;
import io.duijie.contracts.MeetingOutcomeRecorded.Intent;
import io.duijie.intake.leads.Lead;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A fair's funnel: meeting requests → meetings scheduled → meetings held → leads from the
 * fair → leads advanced past 线索 → leads signed. Pure. Requests and scheduled meetings are
 * those of the schedule in force; a meeting counts as held when its latest check-in is
 * HELD; the leads are those registered with the fair's id.
 */
final class FairFunnels {

	private FairFunnels() {
	}

	@Schema(name = "FairFunnel")
	record Funnel(String fairId, @Nullable String fairName, @Nullable String date, @Nullable Integer scheduleVersion,
			long requested, long scheduled, long checkedIn, long held, long noShows, Map<Intent, Long> outcomes,
			long leads, long leadsAdvanced, long leadsSigned, long contractedCny, long arrivedCny,
			@Schema(description = "held / scheduled") @Nullable BigDecimal heldRate,
			@Schema(description = "leadsAdvanced / held") @Nullable BigDecimal advancedPerMeetingHeld) {
	}

	static Funnel funnel(FairFunnelStore.FairOutcomes outcomes, @Nullable String knownName, List<Lead> fairLeads) {
		FairFunnelStore.Schedule schedule = outcomes.schedule();
		long requested = (schedule != null) ? schedule.requested() : 0;
		long scheduled = (schedule != null) ? schedule.scheduled() : 0;
		long held = outcomes.checkIns().values().stream().filter(MeetingCheckedIn.Status.HELD.name()::equals).count();
		long noShows = outcomes.checkIns().size() - held;
		Map<Intent, Long> intents = new LinkedHashMap<>();
		for (Intent intent : Intent.values()) {
			intents.put(intent, outcomes.outcomes().values().stream().filter(intent.name()::equals).count());
		}
		long advanced = fairLeads.stream()
			.filter((l) -> l.furthest().ordinal() >= LeadStage.CONTACTED.ordinal())
			.count();
		LeadFigures.Group group = LeadFigures.group(outcomes.fairId(), null, fairLeads);
		String name = (schedule != null) ? schedule.fairName() : knownName;
		return new Funnel(outcomes.fairId(), name, (schedule != null) ? schedule.date() : null,
				(schedule != null) ? schedule.version() : null, requested, scheduled, outcomes.checkIns().size(), held,
				noShows, intents, fairLeads.size(), advanced, group.signed(), group.contractedCny(), group.arrivedCny(),
				LeadFigures.rate(held, scheduled), LeadFigures.rate(advanced, held));
	}

}
