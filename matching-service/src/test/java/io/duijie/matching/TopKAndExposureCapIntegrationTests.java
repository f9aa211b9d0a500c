package io.duijie.matching;

import java.time.Duration;
import java.util.List;

import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.MatchEvent;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchRetracted;
import io.duijie.contracts.MatchRetracted.RetractionReason;
import io.duijie.contracts.Topics;
import io.duijie.matching.index.CandidateIndex;
import io.duijie.matching.index.Side;
import io.duijie.testsupport.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The limits on matches, in a matching-service of its own with
 * {@code duijie.matching.top-k=1} (one partner per enterprise and kind) and
 * {@code duijie.matching.exposure-cap=1} (one open match per institution or investor).
 * Each test works in an industry of its own, so that no other test's partners compete.
 */
class TopKAndExposureCapIntegrationTests {

	private static final int DATABASE = 8;

	private static IsolatedService service;

	@BeforeAll
	static void start() {
		TestProfiles.createProfileTopics();
		IsolatedService.flush(DATABASE);
		service = IsolatedService.start(DATABASE, TestProfiles.unique("matching-limits"),
				"/duijie/" + TestProfiles.unique("matching-limits"), "--duijie.matching.top-k=1",
				"--duijie.matching.exposure-cap=1");
	}

	@AfterAll
	static void stop() {
		service.close();
	}

	@Test
	void aBetterClusterDisplacesTheWeakerOneFromTheEnterprisesTopK() {
		String enterpriseId = TestProfiles.unique("ent-pharma");
		String weakId = TestProfiles.unique("cp-intermediates");
		String strongId = TestProfiles.unique("cp-pharma");
		String weakMatch = MatchEvent.matchId(enterpriseId, weakId);
		String strongMatch = MatchEvent.matchId(enterpriseId, strongId);
		TestProfiles.send(TestProfiles.enterprise(enterpriseId, 1, "示例·长沙原料药有限公司", "主营化学原料药、创新药研发与生产。", List.of("2710"),
				TestProfiles.changsha()));
		TestProfiles.send(TestProfiles.counterpart(weakId, 1, CounterpartKind.PARK_INDUSTRY, "医药中间体", List.of(),
				List.of("原料药"), List.of(), null));
		awaitProposal(weakMatch);

		TestProfiles.send(TestProfiles.counterpart(strongId, 1, CounterpartKind.PARK_INDUSTRY, "生物医药",
				List.of("2710", "2720"), List.of("原料药", "创新药", "化学药"), List.of(), null));

		MatchRetracted displaced = awaitRetraction(weakMatch);
		assertThat(displaced.reason()).isEqualTo(RetractionReason.DISPLACED);
		MatchProposed better = awaitProposal(strongMatch);
		assertThat(better.score()).isGreaterThan(proposals(weakMatch).get(0).score());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> MatchesApi.matchIds(service.api().matches("enterpriseId", enterpriseId)),
					(ids) -> ids.equals(List.of(strongMatch)));
	}

	@Test
	void theBetterEnterpriseTakesAnInstitutionsOnlySlot() {
		String institutionId = TestProfiles.unique("cp-tea-lab");
		String weakId = TestProfiles.unique("ent-tea-garden");
		String strongId = TestProfiles.unique("ent-tea-drinks");
		String weakMatch = MatchEvent.matchId(weakId, institutionId);
		String strongMatch = MatchEvent.matchId(strongId, institutionId);
		TestProfiles.send(TestProfiles.counterpart(institutionId, 1, CounterpartKind.INSTITUTION, "茶学研究所",
				List.of("1530"), List.of(), List.of("茶叶加工", "茶饮料"), null));
		TestProfiles.send(TestProfiles.enterprise(weakId, 1, "示例·深圳茶园有限公司", "主营茶园种植与茶叶销售。", List.of(),
				TestProfiles.shenzhen(), TestProfiles.needs(null, null, "茶叶加工工艺")));
		MatchProposed weak = awaitProposal(weakMatch);

		TestProfiles.send(TestProfiles.enterprise(strongId, 1, "示例·深圳茶饮科技有限公司", "主营精制茶加工和茶饮料。", List.of("1530"),
				TestProfiles.shenzhen(), TestProfiles.needs(null, null, "茶叶加工", "茶饮料")));

		MatchProposed strong = awaitProposal(strongMatch);
		assertThat(strong.score()).isGreaterThan(weak.score());
		assertThat(awaitRetraction(weakMatch).reason()).isEqualTo(RetractionReason.EXPOSURE_CAP);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> MatchesApi.matchIds(service.api().matches("counterpartId", institutionId)),
					(ids) -> ids.equals(List.of(strongMatch)));
		assertThat(service.api().matches("enterpriseId", weakId)).isEmpty();
	}

	@Test
	void theBetterEnterpriseTakesAnInvestorsOnlySlotAndAWeakerOneDoesNotDisplaceIt() {
		String investorId = TestProfiles.unique("inv-drones");
		String weakId = TestProfiles.unique("ent-aerial-photo");
		String strongId = TestProfiles.unique("ent-drones");
		String laterWeakId = TestProfiles.unique("ent-aerial-photo-2");
		String weakMatch = MatchEvent.matchId(weakId, investorId);
		String strongMatch = MatchEvent.matchId(strongId, investorId);
		TestProfiles.send(TestProfiles.investor(investorId, 1, "示例低空经济基金", List.of("无人机", "飞控系统"), List.of()));
		TestProfiles.send(TestProfiles.enterprise(weakId, 1, "示例·长沙航拍服务有限公司", "主营无人机航拍服务。", List.of(),
				TestProfiles.changsha(), TestProfiles.needs(null, 800_000L)));
		MatchProposed weak = awaitProposal(weakMatch);

		TestProfiles.send(TestProfiles.enterprise(strongId, 1, "示例·深圳飞控科技有限公司", "主营工业级无人机整机与飞控系统。", List.of("3963"),
				TestProfiles.shenzhen(), TestProfiles.needs(null, 10_000_000L)));

		MatchProposed strong = awaitProposal(strongMatch);
		assertThat(strong.score()).isGreaterThan(weak.score());
		assertThat(awaitRetraction(weakMatch).reason()).isEqualTo(RetractionReason.EXPOSURE_CAP);

		// a weaker newcomer does not take the slot, and a new version of the strong one
		// keeps it: once the newcomer is indexed its pass holds the matchmaker, so the
		// strong one's second version is matched after it
		TestProfiles.send(TestProfiles.enterprise(laterWeakId, 1, "示例·长沙航拍服务二部", "主营无人机航拍服务。", List.of(),
				TestProfiles.changsha(), TestProfiles.needs(null, 800_000L)));
		CandidateIndex index = service.bean(CandidateIndex.class);
		await().atMost(Duration.ofSeconds(60)).until(() -> index.get(Side.ENTERPRISE, laterWeakId).isPresent());
		TestProfiles.send(TestProfiles.enterprise(strongId, 2, "示例·深圳飞控科技有限公司", "主营工业级无人机整机与飞控系统。", List.of("3963"),
				TestProfiles.shenzhen(), TestProfiles.needs(null, 10_000_000L)));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> proposals(strongMatch).stream().anyMatch((p) -> p.revision().equals("e2-p1")));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> MatchesApi.matchIds(service.api().matches("investorId", investorId)),
					(ids) -> ids.equals(List.of(strongMatch)));
		assertThat(proposals(MatchEvent.matchId(laterWeakId, investorId))).isEmpty();
		assertThat(retractions(strongMatch)).isEmpty();
	}

	private static MatchProposed awaitProposal(String matchId) {
		List<ConsumerRecord<String, byte[]>> records = KafkaProbe.awaitRecords(Topics.MATCHES,
				(seen) -> !TestProfiles.proposals(seen, matchId, service.source()).isEmpty());
		return TestProfiles.proposals(records, matchId, service.source()).get(0);
	}

	private static MatchRetracted awaitRetraction(String matchId) {
		List<ConsumerRecord<String, byte[]>> records = KafkaProbe.awaitRecords(Topics.MATCHES,
				(seen) -> !TestProfiles.retractions(seen, matchId, service.source()).isEmpty());
		List<MatchRetracted> retractions = TestProfiles.retractions(records, matchId, service.source());
		assertThat(retractions).hasSize(1);
		return retractions.get(0);
	}

	/** What this service published so far for a match (read to the end of the topic). */
	private static List<MatchProposed> proposals(String matchId) {
		return TestProfiles.proposals(readAll(), matchId, service.source());
	}

	private static List<MatchRetracted> retractions(String matchId) {
		return TestProfiles.retractions(readAll(), matchId, service.source());
	}

	private static List<ConsumerRecord<String, byte[]>> readAll() {
		return TestProfiles.readToEnd(Topics.MATCHES);
	}

}
