package io.duijie.intake.leads;

import java.time.Instant;
import java.util.List;

import io.duijie.contracts.LeadAmountRecorded;
import io.duijie.contracts.LeadAmountRecorded.AmountKind;
import io.duijie.contracts.LeadHandedOver;
import io.duijie.contracts.LeadRegistered;
import io.duijie.contracts.LeadSource;
import io.duijie.contracts.LeadStage;
import io.duijie.contracts.LeadStageChanged;
import io.duijie.contracts.Region;
import io.duijie.intake.leads.InvalidLeadException.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineTest {

	private static final Instant AT = Instant.parse("2025-06-01T01:00:00Z");

	@ParameterizedTest
	@EnumSource(value = LeadStage.class, names = "LEAD", mode = EnumSource.Mode.EXCLUDE)
	void forwardFromLeadNeedsNoReason(LeadStage to) {
		List<Violation> violations = Pipeline.move(LeadStage.LEAD, to, null);
		if (to == LeadStage.LOST) {
			assertThat(violations).containsExactly(Violation.of("note", "stage.lostNeedsReason"));
		}
		else {
			assertThat(violations).isEmpty();
		}
	}

	@Test
	void backNeedsAReasonAndTheSameStageIsRefused() {
		assertThat(Pipeline.move(LeadStage.SIGNED, LeadStage.CONTACTED, null))
			.containsExactly(Violation.of("note", "stage.backwardNeedsReason", "SIGNED", "CONTACTED"));
		assertThat(Pipeline.move(LeadStage.SIGNED, LeadStage.CONTACTED, "合同重议")).isEmpty();
		assertThat(Pipeline.move(LeadStage.SIGNED, LeadStage.SIGNED, "x"))
			.containsExactly(Violation.of("stage", "stage.same"));
		assertThat(Pipeline.move(LeadStage.LOST, LeadStage.LEAD, null))
			.containsExactly(Violation.of("note", "stage.reopenNeedsReason"));
		assertThat(Pipeline.move(LeadStage.LOST, LeadStage.PRODUCING, "恢复")).isEmpty();
	}

	@Test
	void amountsFollowTheStage() {
		assertThat(Pipeline.amount(LeadStage.CONTACTED, AmountKind.CONTRACTED, "contractedCny")).isNotEmpty();
		assertThat(Pipeline.amount(LeadStage.NEGOTIATING, AmountKind.CONTRACTED, "contractedCny")).isEmpty();
		assertThat(Pipeline.amount(LeadStage.NEGOTIATING, AmountKind.ARRIVED, "arrivedCny")).isNotEmpty();
		assertThat(Pipeline.amount(LeadStage.SIGNED, AmountKind.ARRIVED, "arrivedCny")).isEmpty();
		assertThat(Pipeline.amount(LeadStage.PRODUCING, AmountKind.ARRIVED, "arrivedCny")).isEmpty();
		assertThat(Pipeline.amount(LeadStage.LOST, AmountKind.ARRIVED, "arrivedCny"))
			.containsExactly(Violation.of("arrivedCny", "amount.lost"));
	}

	@Test
	void aLeadIsItsEventsAppliedInOrder() {
		Lead lead = Lead
			.registered(new LeadRegistered("e1", AT, "lead-1", 1, "ent-1", "华信", new Region("440605", "佛山市南海区"), "新材料",
					"清远高新区", LeadSource.MANUAL, null, null, "staff-1", "staff-1", AT, null));
		lead = lead.apply(new LeadStageChanged("e2", AT, "lead-1", 2, "ent-1", LeadStage.LEAD, LeadStage.SIGNED,
				"staff-1", AT.plusSeconds(60), null));
		lead = lead.apply(new LeadAmountRecorded("e3", AT, "lead-1", 3, "ent-1", AmountKind.CONTRACTED, 300, "staff-1",
				AT, null));
		lead = lead.apply(
				new LeadAmountRecorded("e4", AT, "lead-1", 4, "ent-1", AmountKind.ARRIVED, 100, "staff-1", AT, "一期"));
		lead = lead
			.apply(new LeadAmountRecorded("e5", AT, "lead-1", 5, "ent-1", AmountKind.ARRIVED, 50, "staff-1", AT, null));
		lead = lead.apply(new LeadStageChanged("e6", AT, "lead-1", 6, "ent-1", LeadStage.SIGNED, LeadStage.LOST,
				"staff-1", AT, "项目取消"));
		lead = lead
			.apply(new LeadHandedOver("e7", AT, "lead-1", 7, "ent-1", "staff-1", "staff-2", "staff-9", AT, null));
		assertThat(lead.version()).isEqualTo(7);
		assertThat(lead.stage()).isEqualTo(LeadStage.LOST);
		assertThat(lead.lostFrom()).isEqualTo(LeadStage.SIGNED);
		assertThat(lead.furthest()).isEqualTo(LeadStage.SIGNED);
		assertThat(lead.contractedCny()).isEqualTo(300);
		assertThat(lead.arrivedCny()).isEqualTo(150);
		assertThat(lead.arrivals()).extracting(Arrival::amountCny).containsExactly(100L, 50L);
		assertThat(lead.owner()).isEqualTo("staff-2");
		assertThat(lead.history()).extracting(TimelineEntry::eventId)
			.containsExactly("e1", "e2", "e3", "e4", "e5", "e6", "e7");
		assertThat(lead.history().get(5).summaryZh()).isEqualTo("阶段：签约 → 流失");
		assertThat(lead.registeredAt()).isEqualTo(AT);
	}

}
