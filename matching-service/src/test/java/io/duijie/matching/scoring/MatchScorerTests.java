package io.duijie.matching.scoring;

import java.util.List;

import io.duijie.contracts.ChainLink;
import io.duijie.contracts.ChainLink.ChainPosition;
import io.duijie.contracts.Contact;
import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.CounterpartProfile;
import io.duijie.contracts.EnterpriseProfile;
import io.duijie.contracts.EnterpriseSize;
import io.duijie.contracts.IdentityType;
import io.duijie.contracts.InvestorProfile;
import io.duijie.contracts.MatchReason;
import io.duijie.contracts.Needs;
import io.duijie.contracts.Region;
import io.duijie.contracts.Space;
import io.duijie.contracts.SpaceType;
import io.duijie.contracts.Stage;
import io.duijie.matching.text.ConceptDictionary;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The scorer factor by factor, with the real industry dictionary of
 * {@code seeds/dictionary} and the default weights.
 */
class MatchScorerTests {

	private static final double THRESHOLD = 0.3;

	private static final Weights W = Weights.DEFAULTS;

	private static final Region FOSHAN = new Region("440605", "佛山市南海区");

	private static final Region CHANGSHA = new Region("430100", "长沙市");

	private static final Region QINGYUAN = new Region("441800", "清远市");

	private static final ConceptDictionary DICTIONARY = ConceptDictionary.load();

	private final ProfileReader reader = new ProfileReader(DICTIONARY);

	private final MatchScorer scorer = new MatchScorer(W, DICTIONARY);

	@Test
	void aluminiumProfilesAloneLiftAnEnterpriseWithoutCodesOverTheThresholdWithTheNewMaterialsCluster() {
		// no industry codes, outside the GBA: the main business carries the match
		Score score = score(enterprise(CHANGSHA, List.of(), "主营铝型材的生产和销售。", Needs.none()), newMaterials());

		assertThat(score.reaches(THRESHOLD)).isTrue();
		assertThat(score.reasons()).extracting(MatchReason::factor)
			.containsExactly("industry-code", "keywords", "category");
		assertThat(reason(score, "keywords").contribution()).isEqualTo(W.keywordFirst());
		assertThat(reason(score, "keywords").zh()).isEqualTo("主营业务提到「铝型材」 → 清远高新区新材料产业集群");
		assertThat(reason(score, "keywords").en())
			.isEqualTo("Main business mentions 铝型材, a keyword of 清远高新区's New materials cluster");
	}

	@Test
	void aFirmWithoutAnIndustryCodeIsPlacedByItsDescriptionAndTheReasonSaysSo() {
		EnterpriseFeatures noCode = this.reader.read(enterprise(CHANGSHA, List.of(), "主营铝型材的生产和销售。", Needs.none()));
		EnterpriseFeatures withCode = this.reader
			.read(enterprise(CHANGSHA, List.of("C3252"), "主营铝型材的生产和销售。", Needs.none()));

		assertThat(noCode.inferredCodes()).contains("3252");
		assertThat(noCode.categories()).contains("3.2");
		MatchReason inferred = reason(this.scorer.score(noCode, this.reader.read(newMaterials())), "industry-code");
		assertThat(inferred.contribution()).isEqualTo(round(W.industryClass() * W.inferred()));
		assertThat(inferred.zh()).isEqualTo("主营「铝型材」对应行业代码 3252，与清远高新区新材料产业集群的 3252 属于同一行业小类（3252，GB/T 4754，由主营推断）");
		assertThat(inferred.en())
			.isEqualTo("The main business (铝型材) implies industry code 3252, which shares the GB/T 4754 "
					+ "class 3252 with 清远高新区's New materials cluster's 3252 (inferred)");
		// a code the firm gives counts in full, and is not inferred again
		assertThat(withCode.inferredCodes()).doesNotContain("3252");
		MatchReason given = reason(this.scorer.score(withCode, this.reader.read(newMaterials())), "industry-code");
		assertThat(given.contribution()).isEqualTo(W.industryClass());
		assertThat(given.zh()).isEqualTo("企业的行业代码 C3252 与清远高新区新材料产业集群的 3252 属于同一行业小类（3252，GB/T 4754）");
		assertThat(given.zh()).doesNotContain("推断");
	}

	@Test
	void aTraditionalScriptProfileMatchesLikeItsSimplifiedTwin() {
		CounterpartProfile energy = counterpart(CounterpartKind.PARK_INDUSTRY, "新能源", List.of("3841"),
				List.of("锂电池", "医疗器械"), List.of(), null);
		EnterpriseProfile traditional = enterprise(new Region("810000", "香港特别行政区"), List.of(), "主營鋰電池及醫療器械的研發與銷售。",
				Needs.none());
		EnterpriseProfile simplified = enterprise(new Region("810000", "香港特别行政区"), List.of(), "主营锂电池及医疗器械的研发与销售。",
				Needs.none());

		Score hk = score(traditional, energy);
		Score mainland = score(simplified, energy);

		assertThat(hk).isEqualTo(mainland);
		assertThat(reason(hk, "keywords").zh()).contains("「锂电池」「医疗器械」");
		assertThat(reason(hk, "industry-code").zh()).contains("由主营推断", "3841");
	}

	@Test
	void moreKeywordsAddLessAndAreCapped() {
		Score two = score(enterprise(CHANGSHA, List.of(), "主营铝型材、铝合金门窗。", Needs.none()), newMaterials());
		Score many = score(enterprise(CHANGSHA, List.of(), "铝型材、铝合金、阳极氧化、熔铸、再生铝、高性能结构材料", Needs.none()),
				newMaterials());

		assertThat(reason(two, "keywords").contribution()).isEqualTo(round(W.keywordFirst() + W.keywordFurther()));
		assertThat(reason(two, "keywords").zh()).isEqualTo("主营业务提到「铝型材」「铝合金」 → 清远高新区新材料产业集群");
		assertThat(reason(two, "keywords").en())
			.isEqualTo("Main business mentions 铝型材 and 铝合金, keywords of 清远高新区's New materials cluster");
		assertThat(reason(many, "keywords").contribution()).isEqualTo(W.keywordsMax());
		assertThat(reason(many, "keywords").zh()).contains("等 6 个");
		assertThat(reason(many, "keywords").en()).contains("and 1 more");
	}

	@Test
	void keywordsAreFoundAcrossFullWidthCaseAndSynonymsAndInRdTopics() {
		CounterpartProfile energy = counterpart(CounterpartKind.PARK_INDUSTRY, "储能", List.of(), List.of("BMS"),
				List.of(), null);
		// full-width letters, and the dictionary knows BMS as 电池管理系统
		Score fullWidth = score(enterprise(CHANGSHA, List.of(), "研发电池管理系统（ＢＭＳ）", Needs.none()), energy);
		Score synonym = score(enterprise(CHANGSHA, List.of(), "研发电池管理系统", Needs.none()), energy);
		Score rd = score(enterprise(CHANGSHA, List.of(), "电芯组装", needs(null, null, null, "ｂｍｓ 算法")), energy);

		assertThat(reason(fullWidth, "keywords").zh()).isEqualTo("主营业务提到「BMS」 → 清远高新区储能产业集群");
		assertThat(reason(synonym, "keywords").contribution()).isEqualTo(W.keywordFirst());
		assertThat(reason(rd, "keywords").zh()).startsWith("研发需求提到「BMS」");
		assertThat(reason(rd, "keywords").en()).startsWith("R&D needs mention BMS");
	}

	@Test
	void keywordsAreMatchedOnWordBoundariesOnly() {
		// 电池 is a word of 锂电池 (锂|电池) but not of 蓄电池, which the analyser keeps whole
		CounterpartProfile cluster = counterpart(CounterpartKind.PARK_INDUSTRY, "储能", List.of(), List.of("电池"),
				List.of(), null);

		assertThat(score(enterprise(CHANGSHA, List.of(), "主营锂电池", Needs.none()), cluster).reasons())
			.extracting(MatchReason::factor)
			.contains("keywords");
		assertThat(score(enterprise(CHANGSHA, List.of(), "主营蓄电池", Needs.none()), cluster).reasons())
			.extracting(MatchReason::factor)
			.doesNotContain("keywords");
	}

	@Test
	void aKeywordAndItsSynonymCountOnce() {
		CounterpartProfile cluster = counterpart(CounterpartKind.PARK_INDUSTRY, "新能源", List.of(),
				List.of("锂电池", "锂离子电池", "锂电"), List.of(), null);

		Score score = score(enterprise(CHANGSHA, List.of(), "主营锂离子电池", Needs.none()), cluster);

		assertThat(reason(score, "keywords").contribution()).isEqualTo(W.keywordFirst());
		assertThat(reason(score, "keywords").zh()).isEqualTo("主营业务提到「锂电池」 → 清远高新区新能源产业集群");
	}

	@Test
	void industryCodesScoreClassGroupAndDivisionWithDecreasingCredit() {
		CounterpartProfile cluster = counterpart(CounterpartKind.PARK_INDUSTRY, "有色金属", List.of("3252"), List.of(),
				List.of(), null);

		MatchReason sameClass = reason(score(enterprise(CHANGSHA, List.of("C3252"), "", Needs.none()), cluster),
				"industry-code");
		MatchReason sameGroup = reason(score(enterprise(CHANGSHA, List.of("3251"), "", Needs.none()), cluster),
				"industry-code");
		// the same division alone is too broad to match, but counts next to a keyword
		Score divisionAlone = score(enterprise(CHANGSHA, List.of("3216"), "", Needs.none()), cluster);
		MatchReason sameDivision = reason(
				score(enterprise(CHANGSHA, List.of("3216"), "提供示例工艺服务", Needs.none()), counterpart(
						CounterpartKind.PARK_INDUSTRY, "有色金属", List.of("3252"), List.of("示例工艺"), List.of(), null)),
				"industry-code");
		Score otherDivision = score(enterprise(CHANGSHA, List.of("8610"), "", Needs.none()), cluster);

		assertThat(sameClass.contribution()).isEqualTo(W.industryClass());
		assertThat(sameClass.zh()).contains("C3252", "3252", "小类");
		assertThat(sameClass.en()).contains("class 3252");
		assertThat(sameGroup.contribution()).isEqualTo(W.industryGroup());
		assertThat(sameGroup.en()).contains("group 325");
		assertThat(sameDivision.contribution()).isEqualTo(W.industryDivision());
		assertThat(sameDivision.zh()).contains("大类");
		assertThat(divisionAlone.hardMismatch()).isNotNull();
		assertThat(divisionAlone.hardMismatch().factor()).isEqualTo("substance");
		assertThat(otherDivision.reasons()).isEmpty();
		assertThat(otherDivision.reaches(THRESHOLD)).isFalse();
	}

	@Test
	void aSharedStrategicEmergingIndustryCounts() {
		// 动力电池 and 电池管理系统 share 5.2 (new energy vehicle parts) but no code
		CounterpartProfile cluster = counterpart(CounterpartKind.PARK_INDUSTRY, "新能源汽车", List.of(),
				List.of("电池管理系统", "电芯"), List.of(), null);

		Score score = score(enterprise(CHANGSHA, List.of(), "主营动力电池与电芯", Needs.none()), cluster);

		assertThat(reason(score, "category").contribution()).isEqualTo(W.category());
		assertThat(reason(score, "category").zh()).contains("战略性新兴产业", "5.2");
		assertThat(reason(score, "category").en()).contains("strategic emerging industry", "5.2");
	}

	@Test
	void regionLabelsAndABroadCategoryAloneAreNoMatch() {
		// the same category, a label and the region, but nothing of substance
		EnterpriseProfile bystander = new EnterpriseProfile("示例企业", null, "91440605MA4W000001", IdentityType.USCC,
				FOSHAN, List.of(), "主营工程塑料", Stage.GROWTH, List.of("高新技术企业"), Needs.none(),
				new Contact("示例联系人", null, null), null, null);

		Score score = score(bystander, newMaterials());

		assertHardMismatch(score, "substance", "仅地域或资质相符", "only region, labels or a broad category");
	}

	@Test
	void aGreaterBayAreaEnterpriseAndAParkInGuangdongShareARegion() {
		Score gba = score(enterprise(FOSHAN, List.of(), "主营铝型材", Needs.none()), newMaterials());
		Score hongKong = score(enterprise(new Region("810000", "香港特别行政区"), List.of(), "主营铝型材", Needs.none()),
				newMaterials());
		Score elsewhere = score(enterprise(CHANGSHA, List.of(), "主营铝型材", Needs.none()), newMaterials());

		assertThat(reason(gba, "region").contribution()).isEqualTo(W.region());
		assertThat(reason(gba, "region").zh()).contains("粤港澳大湾区", "佛山市南海区", "清远高新区", "接壤");
		assertThat(reason(gba, "region").en()).contains("Greater Bay Area", "bordering the GBA");
		assertThat(reason(hongKong, "region").zh()).contains("香港特别行政区");
		assertThat(elsewhere.reasons()).extracting(MatchReason::factor).doesNotContain("region");
		assertThat(gba.value() - elsewhere.value()).isCloseTo(W.region(), within(1e-9));
		// region alone is no match
		assertHardMismatch(score(enterprise(FOSHAN, List.of(), "", Needs.none()), newMaterials()), "substance",
				"仅地域或资质相符", "only region");
	}

	@Test
	void aLabelTheParkFavoursCounts() {
		EnterpriseProfile labelled = new EnterpriseProfile("示例企业", null, "91440605MA4W000001", IdentityType.USCC,
				CHANGSHA, List.of(), "主营铝型材", null, List.of("国家级专精特新小巨人", "出口企业"), Needs.none(),
				new Contact("示例联系人", null, null), null, null);

		MatchReason label = reason(score(labelled, newMaterials()), "label");

		assertThat(label.contribution()).isEqualTo(W.label());
		assertThat(label.zh()).contains("国家级专精特新小巨人").doesNotContain("出口企业");
		assertThat(label.en()).contains("favours");
	}

	@Test
	void fillingAChainGapScoresMoreThanStrengtheningAndTheReasonNamesTheLink() {
		EnterpriseProfile trays = enterprise(CHANGSHA, List.of(), "主营新能源汽车电池托盘", Needs.none());
		ChainLink gap = new ChainLink("汽车轻量化部件", ChainPosition.DOWNSTREAM, List.of("电池托盘", "轻量化部件"), List.of());
		ChainLink filled = new ChainLink("汽车轻量化部件", ChainPosition.DOWNSTREAM, List.of("电池托盘", "轻量化部件"),
				List.of("示例·清远轻量化部件有限公司"));

		Score fillsGap = score(trays, withChain(gap));
		Score strengthens = score(trays, withChain(filled));

		assertThat(reason(fillsGap, "chain").contribution()).isEqualTo(W.chainGap());
		assertThat(reason(fillsGap, "chain").zh()).isEqualTo("补链：企业可填补清远高新区新材料产业集群尚缺的下游环节「汽车轻量化部件」");
		assertThat(reason(fillsGap, "chain").en()).isEqualTo(
				"Fills a gap in 清远高新区's New materials cluster's chain: the downstream link 汽车轻量化部件 has no resident firm yet");
		assertThat(reason(strengthens, "chain").contribution()).isEqualTo(W.chainStrengthen());
		assertThat(reason(strengthens, "chain").zh()).startsWith("强链").contains("汽车轻量化部件", "示例·清远轻量化部件有限公司");
		assertThat(reason(strengthens, "chain").en()).contains("Strengthens", "汽车轻量化部件");
		assertThat(fillsGap.value()).isGreaterThan(strengthens.value());
		assertThat(fillsGap.value() - strengthens.value()).isCloseTo(W.chainGap() - W.chainStrengthen(), within(1e-9));
		// a firm in no link of the chain gets no chain credit
		assertThat(score(enterprise(CHANGSHA, List.of(), "主营铝型材", Needs.none()), withChain(gap)).reasons())
			.extracting(MatchReason::factor)
			.doesNotContain("chain");
	}

	@Test
	void aSpaceThatFitsAddsItsFactorsAndTellsWhy() {
		CounterpartProfile factory = space("标准厂房", new Space(SpaceType.FACTORY, 10_000, 18.0, 800L));
		EnterpriseProfile fits = enterprise(CHANGSHA, List.of(), "",
				new Needs(null, 8_000L, null, List.of(), 500L, 20.0), Stage.GROWTH, EnterpriseSize.MEDIUM);
		EnterpriseProfile small = enterprise(CHANGSHA, List.of(), "", needs(null, 1_000L, null), null);
		CounterpartProfile land = space("工业用地", new Space(SpaceType.LAND, 50_000, null, null));

		Score score = score(fits, factory);
		Score tooLarge = score(small, factory);
		Score landFits = score(enterprise(CHANGSHA, List.of(), "", needs(30_000L, null, null), null), land);

		assertThat(score.reasons()).extracting(MatchReason::factor).containsExactly("space", "carrier-stage", "size");
		assertThat(reason(score, "space").contribution()).isEqualTo(W.space());
		assertThat(reason(score, "space").zh()).isEqualTo("需厂房 8,000㎡ ↔ 清远高新区标准厂房 10,000㎡，电力满足，租金在预算内");
		assertThat(reason(score, "space").en()).isEqualTo(
				"Needs 8,000 m² of factory space; 标准厂房 at 清远高新区 offers 10,000 m², with enough power, within budget");
		assertThat(reason(score, "carrier-stage").zh()).contains("厂房", "成长期");
		assertThat(reason(score, "size").zh()).isEqualTo("厂房适合中型企业");
		// a tenth of a hall fits, but less well
		assertThat(reason(tooLarge, "space").contribution()).isLessThan(reason(score, "space").contribution())
			.isPositive();
		assertThat(landFits.reasons()).extracting(MatchReason::factor).containsExactly("space");
		assertThat(landFits.reasons().get(0).en()).contains("of land");
	}

	@Test
	void aSpaceTypeTheEnterpriseIsNotLookingForIsAHardMismatch() {
		CounterpartProfile factory = space("标准厂房", new Space(SpaceType.FACTORY, 10_000, 18.0, 800L));
		CounterpartProfile makerspace = space("众创空间", new Space(SpaceType.MAKERSPACE, 200, 20.0, null));
		// an excellent fit in every other respect: only land is needed
		EnterpriseProfile landOnly = enterprise(FOSHAN, List.of("3252"), "主营铝型材", needs(30_000L, null, null), null);

		assertHardMismatch(score(landOnly, factory), "space", "企业未提出厂房需求", "not looking for factory space");
		assertHardMismatch(score(landOnly, makerspace), "space", "企业未提出众创空间需求", "not looking for makerspace");
	}

	@Test
	void aSpaceSmallerThanNeededIsAHardMismatchWhateverTheOtherFactors() {
		CounterpartProfile factory = new CounterpartProfile(CounterpartKind.SPACE, "标准厂房", null, "清远高新区", QINGYUAN, "",
				List.of("3252"), List.of("铝型材"), List.of(), new Space(SpaceType.FACTORY, 10_000, 18.0, 800L), null,
				List.of());
		EnterpriseProfile tooBig = enterprise(FOSHAN, List.of("3252"), "主营铝型材", needs(null, 12_000L, null), null);

		assertHardMismatch(score(tooBig, factory), "space", "需厂房 12,000㎡，大于清远高新区标准厂房的 10,000㎡",
				"Needs 12,000 m² of factory space, more than the 10,000 m² 标准厂房 at 清远高新区 offers");
	}

	@Test
	void aSpaceWithTooLittlePowerIsAHardMismatch() {
		CounterpartProfile factory = space("标准厂房", new Space(SpaceType.FACTORY, 10_000, 18.0, 800L));
		EnterpriseProfile hungry = enterprise(FOSHAN, List.of(), "",
				new Needs(null, 8_000L, null, List.of(), 1_250L, null), null, null);

		assertHardMismatch(score(hungry, factory), "power", "需用电 1250 kVA，清远高新区标准厂房只能提供 800 kVA",
				"Needs 1250 kVA of power; 标准厂房 at 清远高新区 supplies 800 kVA");
	}

	@Test
	void aSpaceDearerThanTheBudgetIsAHardMismatch() {
		CounterpartProfile factory = space("标准厂房", new Space(SpaceType.FACTORY, 10_000, 18.0, 800L));
		EnterpriseProfile thrifty = enterprise(FOSHAN, List.of(), "",
				new Needs(null, 8_000L, null, List.of(), null, 15.0), null, null);

		assertHardMismatch(score(thrifty, factory), "rent", "清远高新区标准厂房租金 18.0 元/㎡·月，高于企业可承受的 15.0 元",
				"标准厂房 at 清远高新区 rents at CNY 18.0 per m² and month, above the enterprise's CNY 15.0");
	}

	@Test
	void theCarrierLadderSuitsEachRungToAStage() {
		Needs small = needs(null, 200L, null);
		CounterpartProfile makerspace = space("众创空间", new Space(SpaceType.MAKERSPACE, 300, null, null));
		CounterpartProfile incubator = space("孵化器", new Space(SpaceType.INCUBATOR, 300, null, null));
		CounterpartProfile accelerator = space("加速器", new Space(SpaceType.ACCELERATOR, 300, null, null));
		CounterpartProfile sciencePark = space("科技园", new Space(SpaceType.SCIENCE_PARK, 300, null, null));

		assertThat(stageFactor(makerspace, Stage.SEED)).isTrue();
		assertThat(stageFactor(incubator, Stage.STARTUP)).isTrue();
		assertThat(stageFactor(accelerator, Stage.GROWTH)).isTrue();
		assertThat(stageFactor(sciencePark, Stage.MATURE)).isTrue();
		assertThat(stageFactor(makerspace, Stage.MATURE)).isFalse();
		assertThat(stageFactor(accelerator, Stage.SEED)).isFalse();
		assertThat(stageFactor(sciencePark, Stage.STARTUP)).isFalse();
		MatchReason reason = reason(score(enterprise(CHANGSHA, List.of(), "", small, Stage.SEED, null), makerspace),
				"carrier-stage");
		assertThat(reason.contribution()).isEqualTo(W.carrierStage());
		assertThat(reason.zh()).isEqualTo("众创空间适合种子期企业（众创空间 → 孵化器 → 加速器 → 科技园区）");
		assertThat(reason.en())
			.isEqualTo("A makerspace suits a seed enterprise (makerspace → incubator → accelerator → science park)");
	}

	@Test
	void aFittingFundAndFirmShowTicketStageAndSector() {
		Score score = score(
				enterprise(FOSHAN, List.of("3252"), "新材料企业，主营铝型材", needs(null, null, 20_000_000L), Stage.GROWTH),
				fund());

		assertThat(score.hardMismatch()).isNull();
		assertThat(score.reaches(THRESHOLD)).isTrue();
		assertThat(score.reasons()).extracting(MatchReason::factor).contains("keywords", "region", "ticket", "stage");
		MatchReason ticket = reason(score, "ticket");
		assertThat(ticket.contribution()).isEqualTo(W.ticket());
		assertThat(ticket.zh()).isEqualTo("融资需求 2000 万元在粤科清远创新创业投资基金的单笔投资区间（500 万元–5000 万元）内");
		assertThat(ticket.en()).isEqualTo(
				"Funding need of CNY 20,000,000 is within Yueke Qingyuan Fund's ticket (CNY 5,000,000 to CNY 50,000,000)");
		assertThat(reason(score, "stage").zh()).isEqualTo("企业处于成长期，属于粤科清远创新创业投资基金的投资阶段");
		assertThat(reason(score, "keywords").zh()).isEqualTo("主营业务提到「新材料」「铝型材」，属于粤科清远创新创业投资基金的投资领域");
		assertThat(reason(score, "keywords").en())
			.isEqualTo("Main business mentions 新材料 and 铝型材, sectors Yueke Qingyuan Fund invests in");
		assertThat(reason(score, "region").zh()).contains("投资地域包括企业所在地（佛山市南海区）");
	}

	@Test
	void aTicketCloseToTheFundsRangeCountsHalf() {
		Score close = score(enterprise(FOSHAN, List.of("3252"), "主营铝型材", needs(null, null, 3_000_000L), Stage.GROWTH),
				fund());

		assertThat(reason(close, "ticket").contribution()).isEqualTo(round(W.ticket() / 2));
		assertThat(reason(close, "ticket").zh()).contains("接近").doesNotEndWith("内");
		assertThat(reason(close, "ticket").en()).contains("close to");
	}

	@Test
	void aFundAndAFirmThatDoNotFitBothWaysNeverMatch() {
		// the firm does not want money
		assertHardMismatch(score(enterprise(FOSHAN, List.of("3252"), "主营铝型材", Needs.none(), Stage.GROWTH), fund()),
				"reciprocity", "企业未提出融资需求", "The enterprise asks for no funding");
		// far below and far above the ticket
		assertHardMismatch(
				score(enterprise(FOSHAN, List.of("3252"), "主营铝型材", needs(null, null, 2_000_000L), Stage.GROWTH),
						fund()),
				"ticket", "融资需求 200 万元远离粤科清远创新创业投资基金的单笔投资区间（500 万元–5000 万元）",
				"Funding need of CNY 2,000,000 is far from Yueke Qingyuan Fund's ticket");
		assertHardMismatch(
				score(enterprise(FOSHAN, List.of("3252"), "主营铝型材", needs(null, null, 150_000_000L), Stage.GROWTH),
						fund()),
				"ticket", "融资需求 15000 万元远离", "Funding need of CNY 150,000,000 is far from");
		// a stage the fund does not invest in
		assertHardMismatch(
				score(enterprise(FOSHAN, List.of("3252"), "主营铝型材", needs(null, null, 20_000_000L), Stage.MATURE),
						fund()),
				"stage", "企业处于成熟期，不在粤科清远创新创业投资基金的投资阶段", "(mature) is not one Yueke Qingyuan Fund invests in");
		// a region the fund does not cover
		assertHardMismatch(
				score(enterprise(CHANGSHA, List.of("3252"), "主营铝型材", needs(null, null, 20_000_000L), Stage.GROWTH),
						fund()),
				"region", "粤科清远创新创业投资基金的投资地域不含企业所在地（长沙市）", "does not invest in the enterprise's region (长沙市)");
		// no sector the fund invests in
		assertHardMismatch(
				score(enterprise(FOSHAN, List.of("6210"), "连锁餐饮服务", needs(null, null, 20_000_000L), Stage.GROWTH),
						fund()),
				"sector", "企业的行业不在粤科清远创新创业投资基金的投资领域", "not among Yueke Qingyuan Fund's sectors");
	}

	@Test
	void anInstitutionMatchesResearchAreasAgainstRdTopicsFirst() {
		CounterpartProfile lab = counterpart(CounterpartKind.INSTITUTION, "华南理工大学科技产业协同创新平台", List.of(), List.of(),
				List.of("铝合金", "复合材料"), null);

		Score fromNeeds = score(enterprise(CHANGSHA, List.of(), "", needs(null, null, null, "高强铝合金熔铸")), lab);
		Score fromBusiness = score(enterprise(CHANGSHA, List.of(), "主营铝合金门窗", Needs.none()), lab);

		MatchReason research = reason(fromNeeds, "research");
		assertThat(research.contribution()).isEqualTo(W.research());
		assertThat(research.zh()).isEqualTo("研发需求对应华南理工大学科技产业协同创新平台的研究方向「铝合金」");
		assertThat(research.en()).isEqualTo("R&D needs meet 华南理工大学科技产业协同创新平台's research areas 铝合金");
		assertThat(reason(fromBusiness, "research").contribution()).isEqualTo(round(W.research() / 2));
		assertThat(reason(fromBusiness, "research").zh()).startsWith("主营业务涉及");
	}

	@Test
	void everyContributionIsAFactorInBothLanguagesAndTheySumToTheScore() {
		CounterpartProfile factory = new CounterpartProfile(CounterpartKind.SPACE, "新材料标准厂房", null, "清远高新区", QINGYUAN,
				"", List.of("3252"), List.of("铝型材", "铝合金", "阳极氧化"), List.of(),
				new Space(SpaceType.FACTORY, 10_000, 18.0, null), null, List.of());
		EnterpriseProfile best = enterprise(FOSHAN, List.of("3252"), "铝型材、铝合金、阳极氧化", needs(null, 9_000L, null),
				Stage.GROWTH, EnterpriseSize.MEDIUM);
		EnterpriseProfile none = enterprise(CHANGSHA, List.of("8610"), "餐饮服务", Needs.none());

		for (Score score : List.of(score(best, factory), score(none, newMaterials()), score(best, newMaterials()))) {
			ScoreAssertions.assertWellFormed(score);
		}
		assertThat(score(best, factory).value()).isEqualTo(1.0);
		assertThat(score(none, newMaterials()).value()).isZero();
		assertThat(score(none, newMaterials()).reaches(THRESHOLD)).isFalse();
	}

	private boolean stageFactor(CounterpartProfile space, Stage stage) {
		Score score = score(enterprise(CHANGSHA, List.of(), "", needs(null, 200L, null), stage, null), space);
		assertThat(score.hardMismatch()).isNull();
		return score.reasons().stream().anyMatch((reason) -> reason.factor().equals("carrier-stage"));
	}

	private Score score(EnterpriseProfile enterprise, CounterpartProfile counterpart) {
		return this.scorer.score(this.reader.read(enterprise), this.reader.read(counterpart));
	}

	private Score score(EnterpriseProfile enterprise, InvestorProfile investor) {
		return this.scorer.score(this.reader.read(enterprise), this.reader.read(investor));
	}

	private static void assertHardMismatch(Score score, String factor, String zh, String en) {
		assertThat(score.hardMismatch()).isNotNull();
		assertThat(score.hardMismatch().factor()).isEqualTo(factor);
		assertThat(score.hardMismatch().zh()).contains(zh);
		assertThat(score.hardMismatch().en()).contains(en);
		assertThat(score.value()).isZero();
		assertThat(score.reasons()).isEmpty();
		assertThat(score.reaches(0.0)).isFalse();
	}

	private static MatchReason reason(Score score, String factor) {
		return score.reasons()
			.stream()
			.filter((reason) -> reason.factor().equals(factor))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + factor + " reason in " + score));
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	private static InvestorProfile fund() {
		return new InvestorProfile("粤科清远创新创业投资基金", "Yueke Qingyuan Fund", List.of("新材料", "铝型材"), List.of(),
				List.of(Stage.STARTUP, Stage.GROWTH), 5_000_000L, 50_000_000L, List.of("440000"), "", null, null);
	}

	private static CounterpartProfile newMaterials() {
		return new CounterpartProfile(CounterpartKind.PARK_INDUSTRY, "新材料", "New materials", "清远高新区", QINGYUAN,
				"以铝型材、铝合金及其深加工为基础", List.of("3240", "3252", "3216"),
				List.of("铝型材", "铝合金", "高性能结构材料", "阳极氧化", "熔铸", "再生铝"), List.of(), null, null, List.of());
	}

	private static CounterpartProfile withChain(ChainLink link) {
		CounterpartProfile cluster = newMaterials();
		return new CounterpartProfile(cluster.kind(), cluster.name(), cluster.nameEn(), cluster.parkName(),
				cluster.region(), cluster.description(), cluster.industryCodes(), cluster.keywords(),
				cluster.researchAreas(), null, null, List.of(link));
	}

	private static CounterpartProfile counterpart(CounterpartKind kind, String name, List<String> codes,
			List<String> keywords, List<String> researchAreas, @Nullable Space space) {
		return new CounterpartProfile(kind, name, null, "清远高新区", QINGYUAN, "", codes, keywords, researchAreas, space,
				null, List.of());
	}

	private static CounterpartProfile space(String name, Space space) {
		return counterpart(CounterpartKind.SPACE, name, List.of(), List.of(), List.of(), space);
	}

	static EnterpriseProfile enterprise(Region region, List<String> codes, String description, Needs needs) {
		return enterprise(region, codes, description, needs, null, null);
	}

	static EnterpriseProfile enterprise(Region region, List<String> codes, String description, Needs needs,
			@Nullable Stage stage) {
		return enterprise(region, codes, description, needs, stage, null);
	}

	static EnterpriseProfile enterprise(Region region, List<String> codes, String description, Needs needs,
			@Nullable Stage stage, @Nullable EnterpriseSize size) {
		return new EnterpriseProfile("示例企业", null, "91440605MA4W000001", IdentityType.USCC, region, codes, description,
				stage, List.of(), needs, new Contact("示例联系人", null, null), null, size);
	}

	private static Needs needs(@Nullable Long land, @Nullable Long factory, @Nullable Long funding, String... rd) {
		return new Needs(land, factory, funding, List.of(rd), null, null);
	}

	@Test
	void theScorersSumIsDoubleStreamsToTheLastBit() {
		java.util.Random random = new java.util.Random(11);
		for (int run = 0; run < 1000; run++) {
			double[] values = random.doubles(1 + random.nextInt(12), 0, 0.5).toArray();
			int n = 1 + random.nextInt(values.length);
			assertThat(MatchScorer.sum(values, n)).isEqualTo(java.util.Arrays.stream(values, 0, n).sum());
		}
	}

}
