package io.duijie.intake.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.duijie.contracts.LeadStage;
import io.duijie.intake.leads.Lead;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The pipeline's figures from the leads as they stand. Pure: the same leads give the same
 * figures. Definitions:
 * <ul>
 * <li>{@code reached(stage)}: leads whose furthest stage is that stage or beyond (a lead
 * moved back or lost still counts for the stages it reached);</li>
 * <li>conversion from a stage to the next: {@code reached(next) / reached(stage)},
 * rounded to four decimals, {@code null} when no lead reached the stage;</li>
 * <li>{@code signed}: leads that reached 签约 and are not lost;</li>
 * <li>{@code contractedCny}: the contracted amounts (签约额) of the leads that are not lost;
 * {@code arrivedCny}: all capital arrived (到资), lost leads included — money that arrived
 * did arrive.</li>
 * </ul>
 */
final class LeadFigures {

	static final List<LeadStage> PIPELINE = List.of(LeadStage.LEAD, LeadStage.CONTACTED, LeadStage.NEGOTIATING,
			LeadStage.SIGNED, LeadStage.STARTED, LeadStage.PRODUCING);

	private LeadFigures() {
	}

	/**
	 * The figures of a group of leads.
	 *
	 * @param key what the group is, e.g. a cluster name, a GB/T 2260 code, a staff id;
	 * {@code null} for the leads where it is unknown
	 * @param label how to show it (a city's name), else the key
	 */
	@Schema(name = "LeadGroup")
	record Group(@Nullable String key, @Nullable String label, long leads, long signed, long lost, long contractedCny,
			long arrivedCny) {
	}

	@Schema(name = "LeadConversion")
	record Conversion(LeadStage from, LeadStage to, long reachedFrom, long reachedTo, @Nullable BigDecimal rate) {
	}

	@Schema(name = "LeadSummary", description = "The pipeline's figures")
	record Summary(long leads, long signed, long lost, long contractedCny, long arrivedCny,
			Map<LeadStage, Long> byStage, Map<LeadStage, Long> reached, List<Conversion> conversion,
			List<Group> byCluster, List<Group> byCity, List<Group> byOwner, List<Group> bySource, List<Group> byFair) {
	}

	static Summary summarise(List<Lead> leads) {
		Map<LeadStage, Long> byStage = new LinkedHashMap<>();
		for (LeadStage stage : LeadStage.values()) {
			byStage.put(stage, leads.stream().filter((l) -> l.stage() == stage).count());
		}
		Map<LeadStage, Long> reached = new LinkedHashMap<>();
		for (LeadStage stage : PIPELINE) {
			reached.put(stage, leads.stream().filter((l) -> l.furthest().ordinal() >= stage.ordinal()).count());
		}
		List<Conversion> conversion = new ArrayList<>();
		for (int i = 0; i + 1 < PIPELINE.size(); i++) {
			LeadStage from = PIPELINE.get(i);
			LeadStage to = PIPELINE.get(i + 1);
			long a = reached.get(from);
			long b = reached.get(to);
			conversion.add(new Conversion(from, to, a, b, rate(b, a)));
		}
		Group total = group(null, null, leads);
		return new Summary(total.leads(), total.signed(), total.lost(), total.contractedCny(), total.arrivedCny(),
				byStage, reached, conversion, groups(leads, Lead::cluster, (l) -> l.cluster()),
				groups(leads, (l) -> (l.city() != null) ? l.city().code() : null,
						(l) -> (l.city() != null) ? l.city().name() : null),
				groups(leads, Lead::owner, Lead::owner),
				groups(leads, (l) -> l.source().name(), (l) -> l.source().name()),
				groups(leads.stream().filter((l) -> l.fairId() != null).toList(), Lead::fairId, Lead::fairId));
	}

	static @Nullable BigDecimal rate(long part, long whole) {
		return (whole == 0) ? null
				: BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
	}

	static Group group(@Nullable String key, @Nullable String label, List<Lead> leads) {
		long signed = leads.stream()
			.filter((l) -> l.stage() != LeadStage.LOST && l.furthest().ordinal() >= LeadStage.SIGNED.ordinal())
			.count();
		long lost = leads.stream().filter((l) -> l.stage() == LeadStage.LOST).count();
		long contracted = leads.stream()
			.filter((l) -> l.stage() != LeadStage.LOST && l.contractedCny() != null)
			.mapToLong((l) -> Objects.requireNonNull(l.contractedCny()))
			.sum();
		long arrived = leads.stream().mapToLong(Lead::arrivedCny).sum();
		return new Group(key, label, leads.size(), signed, lost, contracted, arrived);
	}

	/**
	 * Groups by a key, most leads first, then by key; the unknown ({@code null}) last.
	 */
	private static List<Group> groups(List<Lead> leads, Function<Lead, @Nullable String> key,
			Function<Lead, @Nullable String> label) {
		Map<String, List<Lead>> byKey = new LinkedHashMap<>();
		List<Lead> unknown = new ArrayList<>();
		for (Lead lead : leads) {
			String k = key.apply(lead);
			if (k == null) {
				unknown.add(lead);
			}
			else {
				byKey.computeIfAbsent(k, (x) -> new ArrayList<>()).add(lead);
			}
		}
		List<Group> groups = new ArrayList<>();
		byKey.forEach((k, members) -> groups.add(group(k, label.apply(members.get(0)), members)));
		groups.sort(Comparator.comparingLong(Group::leads)
			.reversed()
			.thenComparing((g) -> Objects.requireNonNull(g.key())));
		if (!unknown.isEmpty()) {
			groups.add(group(null, null, unknown));
		}
		return groups;
	}

}
