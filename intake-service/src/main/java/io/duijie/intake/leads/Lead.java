package io.duijie.intake.leads;

import java.util.ArrayList;
import java.util.List;
import java.time.Instant;

import io.duijie.contracts.LeadAmountRecorded;
import io.duijie.contracts.LeadEvent;
import io.duijie.contracts.LeadHandedOver;
import io.duijie.contracts.LeadRegistered;
import io.duijie.contracts.LeadSource;
import io.duijie.contracts.LeadStage;
import io.duijie.contracts.LeadStageChanged;
import io.duijie.contracts.Region;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A lead as its events made it: what {@code GET /api/leads/{id}} returns and Redis keeps.
 * Built only by {@link #registered} and {@link #apply}, so the topic alone gives it back.
 *
 * @param id the lead id
 * @param version the number of events applied (the version of the last one)
 * @param stage the current stage
 * @param furthest the furthest pipeline stage ever reached (a lead moved back or lost
 * still counts as having reached it)
 * @param lostFrom the stage it was lost from, while {@code stage} is LOST
 * @param contractedCny the contracted amount (签约额), or {@code null} while none
 * @param arrivedCny the sum of the capital arrived (到资)
 * @param arrivals each arrival, oldest first
 * @param registeredAt when the lead was registered ({@code at} of its registration)
 * @param updatedAt when the last event happened ({@code at})
 * @param history the lead's own events, as timeline entries, oldest first
 */
@Schema(description = "A lead in the 招商 pipeline")
public record Lead(String id, long version, String enterpriseId, String enterpriseName, @Nullable Region city,
		@Nullable String cluster, @Nullable String parkName, LeadSource source, @Nullable String fairId,
		@Nullable String matchId, LeadStage stage, LeadStage furthest, @Nullable LeadStage lostFrom, String owner,
		@Nullable Long contractedCny, long arrivedCny, List<Arrival> arrivals, Instant registeredAt, Instant updatedAt,
		List<TimelineEntry> history) {

	public static Lead registered(LeadRegistered event) {
		return new Lead(event.leadId(), event.version(), event.enterpriseId(), event.enterpriseName(), event.city(),
				event.cluster(), event.parkName(), event.source(), event.fairId(), event.matchId(), LeadStage.LEAD,
				LeadStage.LEAD, null, event.owner(), null, 0, List.of(), event.at(), event.at(),
				List.of(TimelineEntries.of(event)));
	}

	/** The lead after one of its later events. */
	public Lead apply(LeadEvent event) {
		List<TimelineEntry> history = new ArrayList<>(this.history);
		history.add(TimelineEntries.of(event));
		if (event instanceof LeadStageChanged changed) {
			LeadStage furthest = (changed.to() != LeadStage.LOST && changed.to().ordinal() > this.furthest.ordinal())
					? changed.to() : this.furthest;
			LeadStage lostFrom = (changed.to() == LeadStage.LOST) ? changed.from() : null;
			return new Lead(this.id, event.version(), this.enterpriseId, this.enterpriseName, this.city, this.cluster,
					this.parkName, this.source, this.fairId, this.matchId, changed.to(), furthest, lostFrom, this.owner,
					this.contractedCny, this.arrivedCny, this.arrivals, this.registeredAt, event.at(), history);
		}
		if (event instanceof LeadAmountRecorded amount) {
			Long contracted = this.contractedCny;
			long arrived = this.arrivedCny;
			List<Arrival> arrivals = this.arrivals;
			if (amount.kind() == LeadAmountRecorded.AmountKind.CONTRACTED) {
				contracted = amount.amountCny();
			}
			else {
				arrived = Math.addExact(arrived, amount.amountCny());
				arrivals = new ArrayList<>(this.arrivals);
				arrivals.add(new Arrival(amount.amountCny(), amount.at(), amount.by(), amount.note()));
			}
			return new Lead(this.id, event.version(), this.enterpriseId, this.enterpriseName, this.city, this.cluster,
					this.parkName, this.source, this.fairId, this.matchId, this.stage, this.furthest, this.lostFrom,
					this.owner, contracted, arrived, List.copyOf(arrivals), this.registeredAt, event.at(), history);
		}
		if (event instanceof LeadHandedOver handedOver) {
			return new Lead(this.id, event.version(), this.enterpriseId, this.enterpriseName, this.city, this.cluster,
					this.parkName, this.source, this.fairId, this.matchId, this.stage, this.furthest, this.lostFrom,
					handedOver.to(), this.contractedCny, this.arrivedCny, this.arrivals, this.registeredAt, event.at(),
					history);
		}
		// a second registration of the same id: not produced; keep the lead, count the
		// version
		return new Lead(this.id, event.version(), this.enterpriseId, this.enterpriseName, this.city, this.cluster,
				this.parkName, this.source, this.fairId, this.matchId, this.stage, this.furthest, this.lostFrom,
				this.owner, this.contractedCny, this.arrivedCny, this.arrivals, this.registeredAt, this.updatedAt,
				history);
	}

}
