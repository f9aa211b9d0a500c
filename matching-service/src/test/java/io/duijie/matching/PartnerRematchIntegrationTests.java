package io.duijie.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.EnterpriseProfileSubmitted;
import io.duijie.contracts.InvestorProfileWithdrawn;
import io.duijie.contracts.MatchEvent;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchReason;
import io.duijie.contracts.MatchRetracted.RetractionReason;
import io.duijie.contracts.Needs;
import io.duijie.contracts.PartnerType;
import io.duijie.contracts.Space;
import io.duijie.contracts.SpaceType;
import io.duijie.contracts.Topics;
import io.duijie.matching.index.CandidateIndex;
import io.duijie.matching.index.Side;
import io.duijie.testsupport.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The partner → enterprise direction: a counterpart or an investor that arrives (or
 * changes, or leaves) after an enterprise re-matches it. Every test first waits until its
 * enterprise is in the index, so that the match can only come from the partner's side.
 */
@MatchingServiceTest
class PartnerRematchIntegrationTests {

	private static final String SOURCE = "/duijie/matching-service";

	@LocalServerPort
	int port;

	@Autowired
	CandidateIndex index;

	MatchesApi api;

	@BeforeAll
	static void topics() {
		TestProfiles.createProfileTopics();
	}

	@BeforeEach
	void api() {
		this.api = new MatchesApi(this.port);
	}

	@Test
	void aNewClusterOrFundReMatchesAnIndexedEnterpriseAndTheirChangesRetractIt() {
		String enterpriseId = TestProfiles.unique("ent-ic");
		String clusterId = TestProfiles.unique("cp-ic");
		String fundId = TestProfiles.unique("inv-ic");
		String clusterMatch = MatchEvent.matchId(enterpriseId, clusterId);
		String fundMatch = MatchEvent.matchId(enterpriseId, fundId);
		sendIcDesigner(enterpriseId);

		TestProfiles.send(TestProfiles.counterpart(clusterId, 1, CounterpartKind.PARK_INDUSTRY, "集成电路", List.of("6520"),
				List.of("集成电路设计", "芯片"), List.of(), null));
		TestProfiles.send(TestProfiles.investor(fundId, 1, "示例芯片基金", List.of("集成电路"), List.of("6520")));

		MatchProposed cluster = proposal(clusterMatch);
		assertThat(cluster.revision()).isEqualTo("e1-p1");
		assertThat(cluster.reasons()).extracting(MatchReason::factor).contains("industry-code", "keywords");
		MatchProposed fund = proposal(fundMatch);
		assertThat(fund.partnerType()).isEqualTo(PartnerType.INVESTOR);
		assertThat(fund.reasons()).extracting(MatchReason::factor).contains("ticket", "stage");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> MatchesApi.matchIds(this.api.matches("enterpriseId", enterpriseId)),
					(ids) -> ids.containsAll(List.of(clusterMatch, fundMatch)));

		// the cluster turns into something else: its match is retracted; the fund leaves
		TestProfiles.send(TestProfiles.counterpart(clusterId, 2, CounterpartKind.PARK_INDUSTRY, "餐饮服务", List.of("6210"),
				List.of("连锁餐饮"), List.of(), null));
		TestProfiles.send(new InvestorProfileWithdrawn(UUID.randomUUID().toString(), Instant.now(), fundId, 2));

		assertThat(retraction(clusterMatch)).isEqualTo(RetractionReason.BELOW_THRESHOLD);
		assertThat(retraction(fundMatch)).isEqualTo(RetractionReason.PARTNER_WITHDRAWN);
		await().atMost(Duration.ofSeconds(30)).until(() -> this.api.matches("enterpriseId", enterpriseId).isEmpty());
		assertThat(this.api.matches("investorId", fundId)).isEmpty();
	}

	@Test
	void aSpaceThatCannotFitIsNeverProposedWhileOneThatFitsIs() {
		String enterpriseId = TestProfiles.unique("ent-ic-space");
		sendIcDesigner(enterpriseId);
		// the need: 2,000 m² of factory floor, 400 kVA, at most 25 元/m² a month
		Map<String, Space> misfits = Map.of(TestProfiles.unique("cp-too-small"),
				new Space(SpaceType.FACTORY, 1_500, 20.0, 630L), TestProfiles.unique("cp-weak-power"),
				new Space(SpaceType.FACTORY, 3_000, 20.0, 200L), TestProfiles.unique("cp-too-dear"),
				new Space(SpaceType.FACTORY, 3_000, 30.0, 630L), TestProfiles.unique("cp-land"),
				new Space(SpaceType.LAND, 30_000, null, null));
		misfits.forEach((id, space) -> TestProfiles.send(TestProfiles.counterpart(id, 1, CounterpartKind.SPACE, "示例·载体",
				List.of(), List.of(), List.of(), space)));
		// once indexed, a space's pass holds the matchmaker: the fitting space comes
		// after
		await().atMost(Duration.ofSeconds(60))
			.until(() -> misfits.keySet().stream().allMatch((id) -> this.index.get(Side.COUNTERPART, id).isPresent()));
		String fitsId = TestProfiles.unique("cp-fits");
		TestProfiles.send(TestProfiles.counterpart(fitsId, 1, CounterpartKind.SPACE, "示例·标准厂房", List.of(), List.of(),
				List.of(), new Space(SpaceType.FACTORY, 2_500, 20.0, 630L)));

		MatchProposed fits = proposal(MatchEvent.matchId(enterpriseId, fitsId));
		assertThat(fits.partnerKind()).isEqualTo(CounterpartKind.SPACE);
		assertThat(fits.reasons()).extracting(MatchReason::factor).contains("space");
		assertThat(fits.reasons()).filteredOn((reason) -> reason.factor().equals("space"))
			.singleElement()
			.satisfies((reason) -> assertThat(reason.zh()).contains("需厂房 2,000㎡", "2,500㎡", "电力满足", "租金在预算内"));
		List<ConsumerRecord<String, byte[]>> all = TestProfiles.readToEnd(Topics.MATCHES);
		misfits.keySet()
			.forEach((id) -> assertThat(TestProfiles.of(all, MatchEvent.matchId(enterpriseId, id), SOURCE)).as(id)
				.isEmpty());
		// a new version of the enterprise is scored against them all again: still none
		TestProfiles.send(icDesigner(enterpriseId, 2));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> TestProfiles.proposals(TestProfiles.readToEnd(Topics.MATCHES), fits.matchId(), SOURCE)
				.stream()
				.anyMatch((p) -> p.revision().equals("e2-p1")));
		List<ConsumerRecord<String, byte[]>> after = TestProfiles.readToEnd(Topics.MATCHES);
		misfits.keySet()
			.forEach((id) -> assertThat(TestProfiles.of(after, MatchEvent.matchId(enterpriseId, id), SOURCE)).as(id)
				.isEmpty());
		assertThat(MatchesApi.matchIds(this.api.matches("enterpriseId", enterpriseId))).contains(fits.matchId())
			.noneMatch((id) -> misfits.keySet().stream().anyMatch(id::endsWith));
	}

	/** Sends the enterprise and waits until it is in the index. */
	private void sendIcDesigner(String enterpriseId) {
		TestProfiles.send(icDesigner(enterpriseId, 1));
		await().atMost(Duration.ofSeconds(60)).until(() -> this.index.get(Side.ENTERPRISE, enterpriseId).isPresent());
	}

	private static EnterpriseProfileSubmitted icDesigner(String enterpriseId, long version) {
		return TestProfiles.enterprise(enterpriseId, version, "示例·深圳芯片设计有限公司", "主营集成电路设计与芯片测试。", List.of("6520"),
				TestProfiles.shenzhen(), new Needs(null, 2_000L, 10_000_000L, List.of(), 400L, 25.0));
	}

	private static MatchProposed proposal(String matchId) {
		List<ConsumerRecord<String, byte[]>> records = KafkaProbe.awaitRecords(Topics.MATCHES,
				(seen) -> !TestProfiles.proposals(seen, matchId, SOURCE).isEmpty());
		return TestProfiles.proposals(records, matchId, SOURCE).get(0);
	}

	private static RetractionReason retraction(String matchId) {
		List<ConsumerRecord<String, byte[]>> records = KafkaProbe.awaitRecords(Topics.MATCHES,
				(seen) -> !TestProfiles.retractions(seen, matchId, SOURCE).isEmpty());
		return TestProfiles.retractions(records, matchId, SOURCE).get(0).reason();
	}

}
