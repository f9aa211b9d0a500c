package io.duijie.intake.analytics;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.duijie.contracts.LeadAmountRecorded;
import io.duijie.contracts.LeadAmountRecorded.AmountKind;
import io.duijie.contracts.LeadEvent;
import io.duijie.contracts.LeadRegistered;
import io.duijie.contracts.LeadSource;
import io.duijie.contracts.LeadStage;
import io.duijie.contracts.LeadStageChanged;
import io.duijie.contracts.MeetingOutcomeRecorded.Intent;
import io.duijie.contracts.Region;
import io.duijie.intake.leads.Lead;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Six leads whose figures were computed by hand (see the comments): every figure of the
 * summary and one fair's funnel is checked against them.
 */
class LeadFiguresTest {

	private static final Instant AT = Instant.parse("2025-06-01T01:00:00Z");

	private static final Region SHENZHEN = new Region("440300", "深圳市");

	private static final Region GUANGZHOU = new Region("440100", "广州市");

	private static final Region DONGGUAN = new Region("441900", "东莞市");

	/**
	 * <pre>
	 * L1 新材料  深圳 A FAIR F1   LEAD→CONTACTED→NEGOTIATING→SIGNED, 签约 500, 到资 100+50   SIGNED
	 * L2 新材料  广州 B MATCH     LEAD→CONTACTED→LOST                                        LOST (furthest CONTACTED)
	 * L3 电子信息 深圳 A MANUAL    LEAD→PRODUCING, 签约 1000, 到资 800                         PRODUCING
	 * L4 —       —    B FAIR F1   LEAD                                                       LEAD
	 * L5 电子信息 东莞 A FAIR F2   LEAD→SIGNED, 签约 300, 到资 20, →LOST                      LOST (furthest SIGNED)
	 * L6 新材料  深圳 C IMPORT    LEAD→CONTACTED→NEGOTIATING→CONTACTED (back)               CONTACTED (furthest NEGOTIATING)
	 * </pre>
	 */
	static List<Lead> fixture() {
		return List.of(
				lead("L1", "新材料", SHENZHEN, "A", LeadSource.FAIR, "F1", stage(LeadStage.CONTACTED),
						stage(LeadStage.NEGOTIATING), amount(AmountKind.CONTRACTED, 500), stage(LeadStage.SIGNED),
						amount(AmountKind.ARRIVED, 100), amount(AmountKind.ARRIVED, 50)),
				lead("L2", "新材料", GUANGZHOU, "B", LeadSource.MATCH, null, stage(LeadStage.CONTACTED),
						stage(LeadStage.LOST)),
				lead("L3", "电子信息", SHENZHEN, "A", LeadSource.MANUAL, null, stage(LeadStage.PRODUCING),
						amount(AmountKind.CONTRACTED, 1000), amount(AmountKind.ARRIVED, 800)),
				lead("L4", null, null, "B", LeadSource.FAIR, "F1"),
				lead("L5", "电子信息", DONGGUAN, "A", LeadSource.FAIR, "F2", stage(LeadStage.SIGNED),
						amount(AmountKind.CONTRACTED, 300), amount(AmountKind.ARRIVED, 20), stage(LeadStage.LOST)),
				lead("L6", "新材料", SHENZHEN, "C", LeadSource.IMPORT, null, stage(LeadStage.CONTACTED),
						stage(LeadStage.NEGOTIATING), stage(LeadStage.CONTACTED)));
	}

	@Test
	void totalsStagesAndConversionMatchTheHandComputedFigures() {
		LeadFigures.Summary summary = LeadFigures.summarise(fixture());
		assertThat(summary.leads()).isEqualTo(6);
		assertThat(summary.signed()).as("L1, L3: reached 签约 and not lost").isEqualTo(2);
		assertThat(summary.lost()).isEqualTo(2);
		assertThat(summary.contractedCny()).as("500 + 1000; L5's 300 was lost").isEqualTo(1500);
		assertThat(summary.arrivedCny()).as("150 + 800 + 20").isEqualTo(970);
		assertThat(summary.byStage()).containsExactly(Map.entry(LeadStage.LEAD, 1L), Map.entry(LeadStage.CONTACTED, 1L),
				Map.entry(LeadStage.NEGOTIATING, 0L), Map.entry(LeadStage.SIGNED, 1L), Map.entry(LeadStage.STARTED, 0L),
				Map.entry(LeadStage.PRODUCING, 1L), Map.entry(LeadStage.LOST, 2L));
		assertThat(summary.reached()).containsExactly(Map.entry(LeadStage.LEAD, 6L), Map.entry(LeadStage.CONTACTED, 5L),
				Map.entry(LeadStage.NEGOTIATING, 4L), Map.entry(LeadStage.SIGNED, 3L), Map.entry(LeadStage.STARTED, 1L),
				Map.entry(LeadStage.PRODUCING, 1L));
		assertThat(summary.conversion()).extracting(LeadFigures.Conversion::rate)
			.containsExactly(new BigDecimal("0.8333"), new BigDecimal("0.8000"), new BigDecimal("0.7500"),
					new BigDecimal("0.3333"), new BigDecimal("1.0000"));
		assertThat(summary.conversion().get(3))
			.isEqualTo(new LeadFigures.Conversion(LeadStage.SIGNED, LeadStage.STARTED, 3, 1, new BigDecimal("0.3333")));
	}

	@Test
	void groupsByClusterCityStaffSourceAndFairMatchTheHandComputedFigures() {
		LeadFigures.Summary summary = LeadFigures.summarise(fixture());
		assertThat(summary.byCluster()).containsExactly(new LeadFigures.Group("新材料", "新材料", 3, 1, 1, 500, 150),
				new LeadFigures.Group("电子信息", "电子信息", 2, 1, 1, 1000, 820),
				new LeadFigures.Group(null, null, 1, 0, 0, 0, 0));
		assertThat(summary.byCity()).containsExactly(new LeadFigures.Group("440300", "深圳市", 3, 2, 0, 1500, 950),
				new LeadFigures.Group("440100", "广州市", 1, 0, 1, 0, 0),
				new LeadFigures.Group("441900", "东莞市", 1, 0, 1, 0, 20),
				new LeadFigures.Group(null, null, 1, 0, 0, 0, 0));
		assertThat(summary.byOwner()).containsExactly(new LeadFigures.Group("A", "A", 3, 2, 1, 1500, 970),
				new LeadFigures.Group("B", "B", 2, 0, 1, 0, 0), new LeadFigures.Group("C", "C", 1, 0, 0, 0, 0));
		assertThat(summary.bySource()).containsExactly(new LeadFigures.Group("FAIR", "FAIR", 3, 1, 1, 500, 170),
				new LeadFigures.Group("IMPORT", "IMPORT", 1, 0, 0, 0, 0),
				new LeadFigures.Group("MANUAL", "MANUAL", 1, 1, 0, 1000, 800),
				new LeadFigures.Group("MATCH", "MATCH", 1, 0, 1, 0, 0));
		assertThat(summary.byFair()).containsExactly(new LeadFigures.Group("F1", "F1", 2, 1, 0, 500, 150),
				new LeadFigures.Group("F2", "F2", 1, 0, 1, 0, 20));
	}

	@Test
	void aFairsFunnelMatchesTheHandComputedFigures() {
		FairFunnelStore.FairOutcomes outcomes = new FairFunnelStore.FairOutcomes("F1",
				new FairFunnelStore.Schedule("2025 清远高新区（佛山）产业对接会", "2025-06-20", 2, 40, 30),
				Map.of("m1", "HELD", "m2", "HELD", "m3", "NO_SHOW"), Map.of("m1", "HIGH", "m2", "LOW"));
		List<Lead> fairLeads = fixture().stream().filter((l) -> "F1".equals(l.fairId())).toList();
		FairFunnels.Funnel funnel = FairFunnels.funnel(outcomes, null, fairLeads);
		assertThat(funnel).isEqualTo(new FairFunnels.Funnel("F1", "2025 清远高新区（佛山）产业对接会", "2025-06-20", 2, 40, 30, 3, 2,
				1, Map.of(Intent.HIGH, 1L, Intent.MEDIUM, 0L, Intent.LOW, 1L, Intent.NONE, 0L), 2, 1, 1, 500, 150,
				new BigDecimal("0.0667"), new BigDecimal("0.5000")));
		FairFunnels.Funnel unknown = FairFunnels
			.funnel(new FairFunnelStore.FairOutcomes("F9", null, Map.of(), Map.of()), null, List.of());
		assertThat(unknown.heldRate()).isNull();
		assertThat(unknown.requested()).isZero();
	}

	@Test
	void csvIsOneFigureALineWithABomAndQuoting() {
		String csv = new String(Exports.csv(Exports.summaryRows(LeadFigures.summarise(fixture()))),
				StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFdimension,key,label,measure,value\r\n");
		assertThat(csv).contains("\r\ntotal,,,contractedCny,1500\r\n", "\r\nstage,LOST,流失,leads,2\r\n",
				"\r\nconversion,LEAD>CONTACTED,线索→接洽,rate,0.8333\r\n", "\r\ncity,440300,深圳市,arrivedCny,950\r\n",
				"\r\ncluster,,,leads,1\r\n");
		assertThat(new String(Exports.csv(List.of(List.of("a,b", "say \"hi\""))), StandardCharsets.UTF_8))
			.isEqualTo("\uFEFF\"a,b\",\"say \"\"hi\"\"\"\r\n");
	}

	private static Lead lead(String id, String cluster, Region city, String owner, LeadSource source, String fairId,
			Step... steps) {
		Lead lead = Lead.registered(new LeadRegistered("e-" + id, AT, id, 1, "ent-" + id, "企业" + id, city, cluster,
				"清远高新区", source, fairId, null, owner, owner, AT, null));
		List<Step> all = new ArrayList<>(List.of(steps));
		for (Step step : all) {
			lead = lead.apply(step.event(lead));
		}
		return lead;
	}

	@FunctionalInterface
	interface Step {

		LeadEvent event(Lead lead);

	}

	private static Step stage(LeadStage to) {
		return (lead) -> new LeadStageChanged("e-" + lead.id() + "-" + (lead.version() + 1), AT, lead.id(),
				lead.version() + 1, lead.enterpriseId(), lead.stage(), to, lead.owner(), AT, "理由");
	}

	private static Step amount(AmountKind kind, long cny) {
		return (lead) -> new LeadAmountRecorded("e-" + lead.id() + "-" + (lead.version() + 1), AT, lead.id(),
				lead.version() + 1, lead.enterpriseId(), kind, cny, lead.owner(), AT, null);
	}

}
