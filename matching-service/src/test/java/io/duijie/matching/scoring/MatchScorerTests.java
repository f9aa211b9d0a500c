package io.duijie.matching.scoring;

import java.util.List;

import io.duijie.contracts.Contact;
import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.CounterpartProfile;
import io.duijie.contracts.EnterpriseProfile;
import io.duijie.contracts.IdentityType;
import io.duijie.contracts.InvestorProfile;
import io.duijie.contracts.MatchReason;
import io.duijie.contracts.Needs;
import io.duijie.contracts.Region;
import io.duijie.contracts.Space;
import io.duijie.contracts.SpaceType;
import io.duijie.contracts.Stage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MatchScorerTests {

	private static final double THRESHOLD = 0.3;

	private static final Region FOSHAN = new Region("440605", "佛山市南海区");

	private static final Region CHANGSHA = new Region("430100", "长沙市");

	private static final Region QINGYUAN = new Region("441800", "清远市");

	private final MatchScorer scorer = new MatchScorer();

	@Test
	void aluminiumProfilesAloneLiftAnEnterpriseOverTheThresholdWithTheNewMaterialsCluster() {
		// no industry codes, outside the GBA: the keyword 铝型材 alone carries the match
		EnterpriseProfile enterprise = enterprise(CHANGSHA, List.of(), "主营铝型材的生产和销售。", Needs.none(), null);

		Score score = this.scorer.score(enterprise, newMaterials());

		assertThat(score.reaches(THRESHOLD)).isTrue();
		assertThat(score.value()).isEqualTo(MatchScorer.KEYWORD_FIRST);
		assertThat(score.reasons()).singleElement().satisfies((reason) -> {
			assertThat(reason.factor()).isEqualTo("keywords");
			assertThat(reason.zh()).isEqualTo("主营业务提到「铝型材」，属于清远高新区新材料产业集群的关键词");
			assertThat(reason.en()).isEqualTo("Main business mentions 铝型材, a keyword of 清远高新区's New materials cluster");
		});
	}

	@Test
	void moreKeywordsAddLessAndAreCapped() {
		EnterpriseProfile two = enterprise(CHANGSHA, List.of(), "主营铝型材、铝合金门窗。", Needs.none(), null);
		EnterpriseProfile many = enterprise(CHANGSHA, List.of(), "铝型材、铝合金、阳极氧化、熔铸、再生铝", Needs.none(), null);

		Score twoScore = this.scorer.score(two, newMaterials());
		Score manyScore = this.scorer.score(many, newMaterials());

		assertThat(twoScore.value()).isEqualTo(0.35);
		assertThat(twoScore.reasons().get(0).zh()).isEqualTo("主营业务提到「铝型材」「铝合金」，属于清远高新区新材料产业集群的关键词");
		assertThat(twoScore.reasons().get(0).en())
			.isEqualTo("Main business mentions 铝型材 and 铝合金, keywords of 清远高新区's New materials cluster");
		assertThat(manyScore.value()).isEqualTo(MatchScorer.KEYWORDS_MAX);
	}

	@Test
	void keywordsAreFoundAcrossFullWidthAndCaseAndInRdTopics() {
		CounterpartProfile energy = counterpart(CounterpartKind.PARK_INDUSTRY, "新能源", List.of(), List.of("BMS"),
				List.of(), null);
		EnterpriseProfile fullWidth = enterprise(CHANGSHA, List.of(), "研发电池管理系统（ＢＭＳ）", Needs.none(), null);
		EnterpriseProfile rd = enterprise(CHANGSHA, List.of(), "电池包组装", needs(null, null, null, "bms 算法"), null);

		assertThat(this.scorer.score(fullWidth, energy).reasons()).extracting(MatchReason::factor)
			.containsExactly("keywords");
		Score rdScore = this.scorer.score(rd, energy);
		assertThat(rdScore.reasons()).singleElement().satisfies((reason) -> {
			assertThat(reason.zh()).startsWith("研发需求提到「BMS」");
			assertThat(reason.en()).startsWith("R&D needs mention BMS");
		});
	}

	@Test
	void aKeywordInsideALongerFoundKeywordCountsOnce() {
		CounterpartProfile cluster = counterpart(CounterpartKind.PARK_INDUSTRY, "新材料", List.of(),
				List.of("铝型材", "工业铝型材"), List.of(), null);
		EnterpriseProfile enterprise = enterprise(CHANGSHA, List.of(), "专业生产工业铝型材", Needs.none(), null);

		Score score = this.scorer.score(enterprise, cluster);

		assertThat(score.value()).isEqualTo(MatchScorer.KEYWORD_FIRST);
		assertThat(score.reasons().get(0).zh()).contains("「工业铝型材」").doesNotContain("「铝型材」");
	}

	@Test
	void industryCodesScoreClassGroupAndDivisionWithDecreasingCredit() {
		CounterpartProfile cluster = counterpart(CounterpartKind.PARK_INDUSTRY, "有色金属", List.of("3252"), List.of(),
				List.of(), null);

		Score sameClass = this.scorer.score(enterprise(CHANGSHA, List.of("C3252"), "", Needs.none(), null), cluster);
		Score sameGroup = this.scorer.score(enterprise(CHANGSHA, List.of("3251"), "", Needs.none(), null), cluster);
		Score sameDivision = this.scorer.score(enterprise(CHANGSHA, List.of("3216"), "", Needs.none(), null), cluster);
		Score otherDivision = this.scorer.score(enterprise(CHANGSHA, List.of("3841"), "", Needs.none(), null), cluster);

		assertThat(sameClass.value()).isEqualTo(MatchScorer.INDUSTRY_CLASS);
		assertThat(sameClass.reasons().get(0).zh()).contains("C3252", "3252", "小类");
		assertThat(sameClass.reasons().get(0).en()).contains("class 3252");
		assertThat(sameGroup.value()).isEqualTo(MatchScorer.INDUSTRY_GROUP);
		assertThat(sameGroup.reasons().get(0).en()).contains("group 325");
		assertThat(sameDivision.value()).isEqualTo(MatchScorer.INDUSTRY_DIVISION);
		assertThat(sameDivision.reasons().get(0).zh()).contains("大类");
		assertThat(otherDivision.reasons()).isEmpty();
		assertThat(otherDivision.reaches(THRESHOLD)).isFalse();
	}

	@Test
	void aGreaterBayAreaEnterpriseAndAParkInGuangdongShareARegion() {
		Score gba = this.scorer.score(enterprise(FOSHAN, List.of(), "", Needs.none(), null), newMaterials());
		Score hongKong = this.scorer
			.score(enterprise(new Region("810000", "香港特别行政区"), List.of(), "", Needs.none(), null), newMaterials());
		Score elsewhere = this.scorer.score(enterprise(CHANGSHA, List.of(), "", Needs.none(), null), newMaterials());

		assertThat(gba.value()).isEqualTo(MatchScorer.REGION);
		assertThat(gba.reasons().get(0).factor()).isEqualTo("region");
		assertThat(gba.reasons().get(0).zh()).contains("粤港澳大湾区", "佛山市南海区", "清远高新区", "接壤");
		assertThat(gba.reasons().get(0).en()).contains("Greater Bay Area", "bordering the GBA");
		assertThat(hongKong.value()).isEqualTo(MatchScorer.REGION);
		assertThat(elsewhere.reasons()).isEmpty();
		// region alone is no match
		assertThat(gba.reaches(THRESHOLD)).isFalse();
	}

	@Test
	void aSpaceFarSmallerThanNeededIsAHardMismatchWhateverTheOtherFactors() {
		CounterpartProfile factory = counterpart(CounterpartKind.SPACE, "标准厂房", List.of("3252"), List.of("铝型材"),
				List.of(), new Space(SpaceType.FACTORY, 10_000, 18.0));
		EnterpriseProfile tooBig = enterprise(FOSHAN, List.of("3252"), "主营铝型材", needs(null, 25_000L, null), null);

		Score score = this.scorer.score(tooBig, factory);

		assertThat(score.hardMismatch()).isNotNull();
		assertThat(score.hardMismatch().zh()).contains("25,000", "10,000");
		assertThat(score.hardMismatch().en()).contains("far more than");
		assertThat(score.value()).isZero();
		assertThat(score.reaches(0.0)).isFalse();
	}

	@Test
	void aSpaceThatFitsOrNearlyFitsAdds() {
		CounterpartProfile factory = counterpart(CounterpartKind.SPACE, "标准厂房", List.of(), List.of(), List.of(),
				new Space(SpaceType.FACTORY, 10_000, 18.0));
		CounterpartProfile land = counterpart(CounterpartKind.SPACE, "工业用地", List.of(), List.of(), List.of(),
				new Space(SpaceType.LAND, 50_000, null));

		Score fits = this.scorer.score(enterprise(CHANGSHA, List.of(), "", needs(null, 8_000L, null), null), factory);
		Score close = this.scorer.score(enterprise(CHANGSHA, List.of(), "", needs(null, 12_000L, null), null), factory);
		Score between = this.scorer.score(enterprise(CHANGSHA, List.of(), "", needs(null, 18_000L, null), null),
				factory);
		Score landFits = this.scorer.score(enterprise(CHANGSHA, List.of(), "", needs(30_000L, null, null), null), land);

		assertThat(fits.value()).isEqualTo(MatchScorer.SPACE_FITS);
		assertThat(fits.reasons().get(0).zh()).isEqualTo("需要厂房 8,000 m²，清远高新区标准厂房提供 10,000 m²，面积满足");
		assertThat(close.value()).isEqualTo(MatchScorer.SPACE_CLOSE);
		assertThat(between.reasons()).isEmpty();
		assertThat(between.hardMismatch()).isNull();
		assertThat(landFits.reasons()).extracting(MatchReason::factor).containsExactly("space");
		assertThat(landFits.reasons().get(0).en()).contains("of land");
	}

	@Test
	void anInvestorCountsTicketStageRegionAndSectors() {
		InvestorProfile fund = new InvestorProfile("粤科清远创新创业投资基金", "Yueke Qingyuan Fund", List.of("新材料"),
				List.of("3252"), List.of(Stage.STARTUP, Stage.GROWTH), 5_000_000L, 50_000_000L, List.of("440000"), "",
				null, null);
		EnterpriseProfile fits = enterprise(FOSHAN, List.of("3252"), "新材料企业", needs(null, null, 20_000_000L),
				Stage.GROWTH);
		EnterpriseProfile tooMuch = enterprise(FOSHAN, List.of(), "", needs(null, null, 80_000_000L), Stage.MATURE);

		Score score = this.scorer.score(fits, fund);
		Score other = this.scorer.score(tooMuch, fund);

		assertThat(score.reasons()).extracting(MatchReason::factor)
			.containsExactly("industry-code", "keywords", "region", "ticket", "stage");
		// class 0.30 + one sector 0.30 + region 0.15 + ticket 0.10 + stage 0.05
		assertThat(score.value()).isEqualTo(0.9);
		MatchReason ticket = score.reasons().get(3);
		assertThat(ticket.contribution()).isEqualTo(MatchScorer.TICKET);
		assertThat(ticket.zh()).isEqualTo("融资需求 2000 万元在粤科清远创新创业投资基金的单笔投资区间（500 万元–5000 万元）内");
		assertThat(ticket.en()).isEqualTo(
				"Funding need of CNY 20,000,000 is within Yueke Qingyuan Fund's ticket (CNY 5,000,000 to CNY 50,000,000)");
		assertThat(score.reasons().get(4).zh()).contains("成长期");
		assertThat(score.reasons().get(1).en())
			.isEqualTo("Main business mentions 新材料, a sector Yueke Qingyuan Fund invests in");
		// outside the ticket, a stage the fund does not invest in: only the region
		// remains
		assertThat(other.reasons()).extracting(MatchReason::factor).containsExactly("region");
	}

	@Test
	void anInstitutionMatchesResearchAreasAgainstRdTopics() {
		CounterpartProfile lab = counterpart(CounterpartKind.INSTITUTION, "华南理工大学科技产业协同创新平台", List.of(), List.of(),
				List.of("铝合金"), null);
		EnterpriseProfile enterprise = enterprise(CHANGSHA, List.of(), "", needs(null, null, null, "高强铝合金熔铸"), null);

		Score score = this.scorer.score(enterprise, lab);

		assertThat(score.reasons()).extracting(MatchReason::factor).containsExactly("keywords", "research");
		assertThat(score.reasons().get(1).zh()).isEqualTo("研发需求「高强铝合金熔铸」对应华南理工大学科技产业协同创新平台的研究方向「铝合金」");
		assertThat(score.reasons().get(1).en()).contains("R&D need 高强铝合金熔铸", "research area 铝合金");
		assertThat(score.value()).isEqualTo(0.45);
	}

	@Test
	void everyScoreIsInZeroToOneAndItsContributionsSumToIt() {
		CounterpartProfile factory = counterpart(CounterpartKind.SPACE, "新材料标准厂房", List.of("3252"),
				List.of("铝型材", "铝合金", "阳极氧化"), List.of(), new Space(SpaceType.FACTORY, 10_000, 18.0));
		EnterpriseProfile best = enterprise(FOSHAN, List.of("3252"), "铝型材、铝合金、阳极氧化", needs(null, 9_000L, null), null);
		EnterpriseProfile none = enterprise(CHANGSHA, List.of("8610"), "餐饮服务", Needs.none(), null);

		for (Score score : List.of(this.scorer.score(best, factory), this.scorer.score(none, factory),
				this.scorer.score(best, newMaterials()))) {
			assertThat(score.value()).isBetween(0.0, 1.0);
			assertThat(score.reasons().stream().mapToDouble(MatchReason::contribution).sum()).isCloseTo(score.value(),
					within(1e-9));
			assertThat(score.value() * 1000).isCloseTo(Math.rint(score.value() * 1000), within(1e-6));
			assertThat(score.reasons()).allSatisfy((reason) -> {
				assertThat(reason.factor()).matches("^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$");
				assertThat(reason.zh()).isNotBlank();
				assertThat(reason.en()).isNotBlank();
				assertThat(reason.contribution()).isGreaterThan(0);
			});
		}
		assertThat(this.scorer.score(best, factory).value()).isEqualTo(1.0);
		assertThat(this.scorer.score(none, factory).value()).isZero();
		assertThat(this.scorer.score(none, factory).reaches(THRESHOLD)).isFalse();
	}

	private static CounterpartProfile newMaterials() {
		return new CounterpartProfile(CounterpartKind.PARK_INDUSTRY, "新材料", "New materials", "清远高新区", QINGYUAN,
				"以铝型材、铝合金及其深加工为基础", List.of("3240", "3252", "3216"),
				List.of("铝型材", "铝合金", "高性能结构材料", "阳极氧化", "熔铸", "再生铝"), List.of(), null, null);
	}

	private static CounterpartProfile counterpart(CounterpartKind kind, String name, List<String> codes,
			List<String> keywords, List<String> researchAreas, @Nullable Space space) {
		return new CounterpartProfile(kind, name, null, "清远高新区", QINGYUAN, "", codes, keywords, researchAreas, space,
				null);
	}

	private static EnterpriseProfile enterprise(Region region, List<String> codes, String description, Needs needs,
			@Nullable Stage stage) {
		return new EnterpriseProfile("示例企业", null, "91440605MA4W000001", IdentityType.USCC, region, codes, description,
				stage, List.of(), needs, new Contact("示例联系人", null, null), null);
	}

	private static Needs needs(@Nullable Long land, @Nullable Long factory, @Nullable Long funding, String... rd) {
		return new Needs(land, factory, funding, List.of(rd));
	}

}
