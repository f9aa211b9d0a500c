package io.duijie.matching.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.EnterpriseProfile;
import io.duijie.contracts.EnterpriseSize;
import io.duijie.contracts.MatchReason;
import io.duijie.contracts.Needs;
import io.duijie.contracts.PartnerType;
import io.duijie.contracts.Region;
import io.duijie.contracts.Space;
import io.duijie.contracts.SpaceType;
import io.duijie.contracts.Stage;
import io.duijie.matching.scoring.PartnerFeatures.Link;
import io.duijie.matching.scoring.PartnerFeatures.Phrase;
import io.duijie.matching.text.ConceptDictionary;
import io.duijie.matching.text.ConceptDictionary.Category;
import io.duijie.matching.text.IndustryCodes;
import org.jspecify.annotations.Nullable;

/**
 * Scores an enterprise against a park industry cluster, an institution, a space or an
 * investor. Each factor contributes its {@link Weights weight} times how well it holds;
 * every contribution explains itself in one sentence in Chinese and English, and the
 * contributions sum to the score. Some pairs can never match whatever the rest (a
 * {@link Score#hardMismatch()}): a space too small, too weak in power or too dear, or one
 * the enterprise is not looking for; a fund whose mandate does not cover the firm
 * (sector, stage, region) or a firm that does not want the fund's kind of money
 * (reciprocity: both sides must fit).
 *
 * <p>
 * Text factors compare what the enterprise's main business and R&amp;D needs mention
 * (segmented, dictionary concepts found, Traditional script folded to Simplified) with
 * the partner's phrases; industry codes the enterprise did not give are inferred from the
 * concepts it mentions and count {@link Weights#inferred()} as much. Stateless and
 * thread-safe.
 */
public final class MatchScorer {

	/** Factors that can make a match; the others only support one. */
	static final Set<String> SUBSTANTIVE = Set.of("industry-code", "keywords", "research", "chain", "space", "ticket");

	/** Labels a park or a fund looks for (资质标签). */
	static final List<String> LABELS = List.of("高新技术企业", "专精特新", "小巨人", "瞪羚", "独角兽", "科技型中小企业", "单项冠军");

	private static final MatchReason NO_SUBSTANCE = new MatchReason("substance", 0, "行业、关键词、研究方向与需求均不相符，仅地域或资质相符",
			"No fit in industry, keywords, research or needs; only region, labels or a broad category");

	/** Stands for the sentences of a pair that is ranked but not explained. */
	private static final Said UNEXPLAINED = new Said("", "");

	private static final MatchReason UNEXPLAINED_MISMATCH = new MatchReason("mismatch", 0, "", "");

	private final Weights weights;

	private final ConceptDictionary dictionary;

	public MatchScorer(Weights weights, ConceptDictionary dictionary) {
		this.weights = weights;
		this.dictionary = dictionary;
	}

	public Weights weights() {
		return this.weights;
	}

	/** The pair's score, every contribution and every hard mismatch explained. */
	public Score score(EnterpriseFeatures enterprise, PartnerFeatures partner) {
		return score(enterprise, partner, true);
	}

	/**
	 * The pair's score as {@link #score} computes it, to the last bit, but without
	 * building the sentences that explain it: for ranking many candidates of which only
	 * the best few are kept (and then explained). {@code -1} when the pair can never
	 * match.
	 */
	public double value(EnterpriseFeatures enterprise, PartnerFeatures partner) {
		Score score = score(enterprise, partner, false);
		return (score.hardMismatch() == null && !score.reasons().isEmpty()) ? score.value() : -1;
	}

	private Score score(EnterpriseFeatures enterprise, PartnerFeatures partner, boolean explain) {
		Reasons reasons = new Reasons(explain);
		if (partner.type() == PartnerType.INVESTOR) {
			return investor(enterprise, partner, reasons);
		}
		Label label = new Label(partner);
		CounterpartKind kind = (partner.kind() != null) ? partner.kind() : CounterpartKind.PARK_INDUSTRY;
		if (kind == CounterpartKind.SPACE) {
			Supplier<MatchReason> mismatch = space(enterprise.profile(), partner, label, reasons);
			if (mismatch != null) {
				return reasons.mismatch(mismatch);
			}
		}
		industry(enterprise, partner.industryCodes(), label, reasons);
		keywords(enterprise, partner.keywords(), label, false, reasons);
		category(enterprise, partner.categories(), label, reasons);
		if (kind == CounterpartKind.PARK_INDUSTRY) {
			chain(enterprise, partner.chainLinks(), label, reasons);
			label(enterprise.profile(), label, reasons);
		}
		if (kind == CounterpartKind.INSTITUTION) {
			research(enterprise, partner.researchAreas(), label, reasons);
		}
		Region region = partner.region();
		Region home = enterprise.profile().region();
		if (region != null && Regions.inGreaterBayArea(home.code()) && Regions.inGuangdong(region.code())) {
			boolean borders = Regions.bordersGreaterBayArea(region.code());
			reasons.add("region", this.weights.region(), 1, () -> new Said(
					"企业位于粤港澳大湾区（" + home.name() + "），" + partner.parkName() + "在广东省内（" + region.name()
							+ (borders ? "，与大湾区接壤" : "") + "）",
					"The enterprise is in the Greater Bay Area (" + home.name() + ") and " + partner.parkName()
							+ " is in Guangdong (" + region.name() + (borders ? ", bordering the GBA" : "") + ")"));
		}
		return reasons.score();
	}

	/**
	 * Both sides must fit: the fund's mandate the firm (sector, stage, region) and the
	 * firm's need the fund (it asks for funding, within the fund's ticket).
	 */
	private Score investor(EnterpriseFeatures enterprise, PartnerFeatures investor, Reasons reasons) {
		EnterpriseProfile profile = enterprise.profile();
		Label label = new Label(investor);
		Long funding = profile.needs().fundingCny();
		if (funding == null || funding <= 0) {
			return reasons
				.mismatch(() -> new MatchReason("reciprocity", 0, "企业未提出融资需求", "The enterprise asks for no funding"));
		}
		Long min = investor.ticketMinCny();
		Long max = investor.ticketMaxCny();
		if ((min != null && funding * 2 < min) || (max != null && funding > max * 2)) {
			return reasons.mismatch(() -> new MatchReason("ticket", 0,
					"融资需求 " + Texts.zhCny(funding) + "远离" + label.zh() + "的单笔投资区间（" + zhTicket(min, max) + "）",
					"Funding need of " + Texts.enCny(funding) + " is far from " + label.en() + "'s ticket ("
							+ enTicket(min, max) + ")"));
		}
		Stage stage = profile.stage();
		if (stage != null && !investor.stages().isEmpty() && !investor.stages().contains(stage)) {
			return reasons
				.mismatch(() -> new MatchReason("stage", 0, "企业处于" + zhStage(stage) + "，不在" + label.zh() + "的投资阶段",
						"The enterprise's stage (" + enStage(stage) + ") is not one " + label.en() + " invests in"));
		}
		String home = profile.region().code();
		if (!investor.regionCodes().isEmpty()
				&& investor.regionCodes().stream().noneMatch((area) -> Regions.covers(area, home))) {
			return Score
				.mismatch(new MatchReason("region", 0, label.zh() + "的投资地域不含企业所在地（" + profile.region().name() + "）",
						label.en() + " does not invest in the enterprise's region (" + profile.region().name() + ")"));
		}
		industry(enterprise, investor.industryCodes(), label, reasons);
		keywords(enterprise, investor.keywords(), label, true, reasons);
		category(enterprise, investor.categories(), label, reasons);
		if (reasons.isEmpty()) {
			return reasons.mismatch(() -> new MatchReason("sector", 0, "企业的行业不在" + label.zh() + "的投资领域",
					"The enterprise's industry is not among " + label.en() + "'s sectors"));
		}
		if (!investor.regionCodes().isEmpty()) {
			reasons.add("region", this.weights.region(), 1,
					() -> new Said(label.zh() + "的投资地域包括企业所在地（" + profile.region().name() + "）",
							label.en() + " invests in the enterprise's region (" + profile.region().name() + ")"));
		}
		boolean within = (min == null || funding >= min) && (max == null || funding <= max);
		if (min != null || max != null) {
			reasons.add("ticket", this.weights.ticket(), within ? 1 : 0.5,
					() -> new Said(
							"融资需求 " + Texts.zhCny(funding) + (within ? "在" : "接近") + label.zh() + "的单笔投资区间（"
									+ zhTicket(min, max) + "）" + (within ? "内" : ""),
							"Funding need of " + Texts.enCny(funding) + " is " + (within ? "within " : "close to ")
									+ label.en() + "'s ticket (" + enTicket(min, max) + ")"));
		}
		if (stage != null && investor.stages().contains(stage)) {
			reasons.add("stage", this.weights.stage(), 1,
					() -> new Said("企业处于" + zhStage(stage) + "，属于" + label.zh() + "的投资阶段",
							"The enterprise's stage (" + enStage(stage) + ") is one " + label.en() + " invests in"));
		}
		label(profile, label, reasons);
		return reasons.score();
	}

	private void industry(EnterpriseFeatures enterprise, List<String> partnerCodes, Label label, Reasons reasons) {
		IndustryCodes.Closest given = IndustryCodes.closest(enterprise.profile().industryCodes(), partnerCodes);
		IndustryCodes.Closest inferred = IndustryCodes.closest(enterprise.inferredCodes(), partnerCodes);
		double givenValue = (given != null) ? levelWeight(given.level()) : 0;
		double inferredValue = (inferred != null) ? levelWeight(inferred.level()) * this.weights.inferred() : 0;
		if (givenValue == 0 && inferredValue == 0) {
			return;
		}
		boolean fromGiven = givenValue >= inferredValue;
		IndustryCodes.Closest closest = fromGiven ? given : inferred;
		String zhLevel = switch (closest.level()) {
			case 4 -> "小类";
			case 3 -> "中类";
			default -> "大类";
		};
		String enLevel = switch (closest.level()) {
			case 4 -> "class";
			case 3 -> "group";
			default -> "division";
		};
		if (fromGiven) {
			reasons.add("industry-code", givenValue, 1, () -> new Said(
					"企业的行业代码 " + closest.enterpriseCode() + " 与" + label.zh() + "的 " + closest.partnerCode() + " 属于同一行业"
							+ zhLevel + "（" + closest.shared() + "，GB/T 4754）",
					"Industry code " + closest.enterpriseCode() + " and " + label.en() + "'s " + closest.partnerCode()
							+ " share the GB/T 4754 " + enLevel + " " + closest.shared()));
		}
		else {
			String concept = enterprise.conceptOf(closest.enterpriseCode());
			reasons.add("industry-code", inferredValue, 1,
					() -> new Said(
							"主营「" + concept + "」对应行业代码 " + closest.enterpriseCode() + "，与" + label.zh() + "的 "
									+ closest.partnerCode() + " 属于同一行业" + zhLevel + "（" + closest.shared()
									+ "，GB/T 4754，由主营推断）",
							"The main business (" + concept + ") implies industry code " + closest.enterpriseCode()
									+ ", which shares the GB/T 4754 " + enLevel + " " + closest.shared() + " with "
									+ label.en() + "'s " + closest.partnerCode() + " (inferred)"));
		}
	}

	private double levelWeight(int level) {
		return switch (level) {
			case 4 -> this.weights.industryClass();
			case 3 -> this.weights.industryGroup();
			default -> this.weights.industryDivision();
		};
	}

	private void keywords(EnterpriseFeatures enterprise, List<Phrase> phrases, Label label, boolean sectors,
			Reasons reasons) {
		List<Hit> hits = hits(enterprise, phrases);
		if (hits.isEmpty()) {
			return;
		}
		boolean inDescription = false;
		boolean inRdTopics = false;
		for (Hit hit : hits) {
			inDescription |= hit.inDescription();
			inRdTopics |= hit.inRdTopics();
		}
		double contribution = Math.min(this.weights.keywordsMax(),
				this.weights.keywordFirst() + this.weights.keywordFurther() * (hits.size() - 1));
		// what the firm makes places it; what it needs (R&D) or sells to (customers) half
		// as much
		double value = inDescription ? 1 : 0.5;
		boolean both = inDescription && inRdTopics;
		boolean own = inDescription;
		boolean rd = inRdTopics;
		reasons.add("keywords", contribution, value, () -> {
			List<String> found = hits.stream().map(Hit::text).toList();
			String zhWhere = both ? "主营业务和研发需求" : (own ? "主营业务" : (rd ? "研发需求" : "主营业务的客户或应用领域"));
			String enWhere = both ? "Main business and R&D needs mention" : (own ? "Main business mentions"
					: (rd ? "R&D needs mention" : "Customers or applications named in the main business are"));
			if (sectors) {
				return new Said(zhWhere + "提到" + Texts.zhQuoted(found) + "，属于" + label.zh() + "的投资领域",
						enWhere + " " + Texts.enJoined(found) + ((found.size() == 1) ? ", a sector " : ", sectors ")
								+ label.en() + " invests in");
			}
			return new Said(zhWhere + "提到" + Texts.zhQuoted(found) + " → " + label.zh(),
					enWhere + " " + Texts.enJoined(found) + ((found.size() == 1) ? ", a keyword of " : ", keywords of ")
							+ label.en());
		});
	}

	private void category(EnterpriseFeatures enterprise, List<String> partnerCategories, Label label, Reasons reasons) {
		// a shared subcategory (3.2 先进有色金属材料) says more than a shared industry (3 新材料产业)
		String code = sharedCategory(enterprise, partnerCategories);
		if (code == null) {
			return;
		}
		Category category = this.dictionary.category(code);
		String zhName = (category != null) ? category.name() : code;
		String enName = (category != null) ? category.nameEn() : code;
		reasons.add("category", this.weights.category(), code.contains(".") ? 1 : 0.5,
				() -> new Said("企业与" + label.zh() + "同属战略性新兴产业「" + code + " " + zhName + "」",
						"The enterprise and " + label.en() + " belong to the same strategic emerging industry (" + code
								+ " " + enName + ")"));
	}

	/** The first shared subcategory, else the first shared industry. */
	private static @Nullable String sharedCategory(EnterpriseFeatures enterprise, List<String> partnerCategories) {
		String code = null;
		for (String c : partnerCategories) {
			if ((code == null || !code.contains(".") && c.contains(".")) && enterprise.categories().contains(c)) {
				code = c;
			}
		}
		return code;
	}

	private void chain(EnterpriseFeatures enterprise, List<Link> links, Label label, Reasons reasons) {
		Link strengthened = null;
		for (Link link : links) {
			// a firm fills a link with what it makes, not with what it needs or sells to
			if (!mentionedAsOwn(enterprise, link.keywords())) {
				continue;
			}
			if (link.residents().isEmpty()) {
				reasons.add("chain", this.weights.chainGap(), 1,
						() -> new Said("补链：企业可填补" + label.zh() + "尚缺的" + zhPosition(link) + "环节「" + link.name() + "」",
								"Fills a gap in " + label.en() + "'s chain: the " + enPosition(link) + " link "
										+ link.name() + " has no resident firm yet"));
				return;
			}
			if (strengthened == null) {
				strengthened = link;
			}
		}
		if (strengthened != null) {
			Link link = strengthened;
			reasons.add("chain", this.weights.chainStrengthen(), 1,
					() -> new Said(
							"强链：企业与" + label.zh() + zhPosition(link) + "环节「" + link.name() + "」的"
									+ link.residents().get(0) + "等企业配套",
							"Strengthens " + label.en() + "'s chain: joins " + link.residents().get(0)
									+ " and others in the " + enPosition(link) + " link " + link.name()));
		}
	}

	private void research(EnterpriseFeatures enterprise, List<Phrase> areas, Label label, Reasons reasons) {
		List<String> fromNeeds = new ArrayList<>();
		List<String> fromBusiness = new ArrayList<>();
		for (Phrase area : areas) {
			if (sharesAny(area.keys(), enterprise.rdTopics().keys())) {
				fromNeeds.add(area.text());
			}
			else if (sharesAny(area.keys(), enterprise.description().keys())) {
				fromBusiness.add(area.text());
			}
		}
		if (!fromNeeds.isEmpty()) {
			reasons.add("research", this.weights.research(), 1,
					() -> new Said("研发需求对应" + label.zh() + "的研究方向" + Texts.zhQuoted(fromNeeds),
							"R&D needs meet " + label.en() + "'s research areas " + Texts.enJoined(fromNeeds)));
		}
		else if (!fromBusiness.isEmpty()) {
			reasons.add("research", this.weights.research(), 0.5, () -> new Said(
					"主营业务涉及" + label.zh() + "的研究方向" + Texts.zhQuoted(fromBusiness),
					"The main business touches " + label.en() + "'s research areas " + Texts.enJoined(fromBusiness)));
		}
		else {
			relatedResearch(enterprise, areas, label, reasons);
		}
	}

	/**
	 * A research area in the same strategic emerging industries subcategory as what the
	 * firm makes or needs (锂离子电池材料 and 电解液 are both 新能源汽车 batteries): related research,
	 * half the weight of a direct hit.
	 */
	private void relatedResearch(EnterpriseFeatures enterprise, List<Phrase> areas, Label label, Reasons reasons) {
		Set<String> categories = new LinkedHashSet<>(enterprise.categories());
		enterprise.rdTopics().mentions().forEach((m) -> categories.addAll(m.concept().categories()));
		for (Phrase area : areas) {
			for (String key : area.keys()) {
				ConceptDictionary.Concept concept = this.dictionary.conceptByKey(key);
				if (concept == null) {
					continue;
				}
				for (String code : concept.categories()) {
					if (code.contains(".") && categories.contains(code)) {
						Category category = this.dictionary.category(code);
						String zhName = (category != null) ? category.name() : code;
						String enName = (category != null) ? category.nameEn() : code;
						reasons.add("research", this.weights.research(), 0.5,
								() -> new Said(
										label.zh() + "的研究方向「" + area.text() + "」与企业的业务同属「" + code + " " + zhName + "」",
										label.en() + "'s research area " + area.text()
												+ " is in the same field as the enterprise (" + code + " " + enName
												+ ")"));
						return;
					}
				}
			}
		}
	}

	/**
	 * The sum of the first {@code n} values, compensated (Kahan) as {@code DoubleStream}
	 * sums. A loop, not a stream: a scorer called for every candidate pair must not
	 * depend on how the JIT has profiled the stream library's shared code (other callers'
	 * lambdas made it megamorphic, and ranking twice as slow, in a long run).
	 */
	static double sum(double[] values, int n) {
		double sum = 0;
		double compensation = 0;
		double simple = 0;
		for (int i = 0; i < n; i++) {
			double value = values[i] - compensation;
			double next = sum + value;
			compensation = (next - sum) - value;
			sum = next;
			simple += values[i];
		}
		double total = sum - compensation;
		return (Double.isNaN(total) && Double.isInfinite(simple)) ? simple : total;
	}

	private static boolean sharesAny(Collection<String> keys, Collection<String> others) {
		for (String key : keys) {
			if (others.contains(key)) {
				return true;
			}
		}
		return false;
	}

	private void label(EnterpriseProfile enterprise, Label label, Reasons reasons) {
		List<String> labels = new ArrayList<>(1);
		for (String tag : enterprise.tags()) {
			for (String known : LABELS) {
				if (tag.contains(known)) {
					labels.add(tag);
					break;
				}
			}
		}
		if (!labels.isEmpty()) {
			reasons.add("label", this.weights.label(), 1,
					() -> new Said("企业具备" + Texts.zhQuoted(labels) + "资质，" + label.zh() + "优先对接",
							"The enterprise holds the label" + ((labels.size() == 1) ? " " : "s ")
									+ Texts.enJoined(labels) + ", which " + label.en() + " favours"));
		}
	}

	/**
	 * Adds the space's factors, or returns why it can never fit: a space type the
	 * enterprise is not looking for, less area, less power or a higher rent than it
	 * needs.
	 */
	private @Nullable Supplier<MatchReason> space(EnterpriseProfile enterprise, PartnerFeatures partner, Label label,
			Reasons reasons) {
		Space space = partner.space();
		if (space == null) {
			return () -> new MatchReason("space", 0, label.zh() + "未登记载体信息", label.en() + " has no space on record");
		}
		Needs needs = enterprise.needs();
		Long need = switch (space.type()) {
			case LAND -> needs.landAreaM2();
			case OFFICE -> null;
			default -> needs.factoryAreaM2();
		};
		String zhKind = zhSpace(space.type());
		String enKind = enSpace(space.type());
		if (need == null || need <= 0) {
			return () -> new MatchReason("space", 0, "企业未提出" + zhKind + "需求",
					"The enterprise is not looking for " + enKind);
		}
		if (need > space.areaM2()) {
			return () -> new MatchReason("space", 0,
					zhNeed(zhKind, need) + "，大于" + label.zh() + "的 " + Texts.area(space.areaM2()) + "㎡",
					enNeed(enKind, need) + ", more than the " + Texts.area(space.areaM2()) + " m² " + label.en()
							+ " offers");
		}
		Long power = needs.powerKva();
		if (power != null && space.powerKva() != null && power > space.powerKva()) {
			return () -> new MatchReason("power", 0,
					"需用电 " + power + " kVA，" + label.zh() + "只能提供 " + space.powerKva() + " kVA",
					"Needs " + power + " kVA of power; " + label.en() + " supplies " + space.powerKva() + " kVA");
		}
		Double maxRent = needs.maxRentCnyPerM2Month();
		Double rent = space.priceCnyPerM2Month();
		if (maxRent != null && rent != null && rent > maxRent) {
			return () -> new MatchReason("rent", 0, label.zh() + "租金 " + rent + " 元/㎡·月，高于企业可承受的 " + maxRent + " 元",
					label.en() + " rents at CNY " + rent + " per m² and month, above the enterprise's CNY " + maxRent);
		}
		// the closer the offer to the need, the better: a tenth of a hall is not a fit
		double fit = Math.max(0.25, Math.min(1, (double) need / space.areaM2() * 2));
		reasons.add("space", this.weights.space(), fit,
				() -> new Said(zhNeed(zhKind, need) + " ↔ " + label.zh() + " " + Texts.area(space.areaM2()) + "㎡"
						+ ((power != null) ? "，电力满足" : "") + ((maxRent != null && rent != null) ? "，租金在预算内" : ""),
						enNeed(enKind, need) + "; " + label.en() + " offers " + Texts.area(space.areaM2()) + " m²"
								+ ((power != null) ? ", with enough power" : "")
								+ ((maxRent != null && rent != null) ? ", within budget" : "")));
		Stage stage = enterprise.stage();
		if (stage != null && suitsStage(space.type(), stage)) {
			reasons.add("carrier-stage", this.weights.carrierStage(), 1,
					() -> new Said(zhSpace(space.type()) + "适合" + zhStage(stage) + "企业（众创空间 → 孵化器 → 加速器 → 科技园区）",
							"A " + enKind + " suits a " + enStage(stage)
									+ " enterprise (makerspace → incubator → accelerator → science park)"));
		}
		EnterpriseSize size = enterprise.size();
		if (size != null && suitsSize(space.type(), size)) {
			reasons.add("size", this.weights.size(), 1,
					() -> new Said(zhSpace(space.type()) + "适合" + zhSize(size) + "企业",
							"A " + enKind + " suits a " + size.name().toLowerCase(Locale.ROOT) + " enterprise"));
		}
		return null;
	}

	private static String zhNeed(String zhKind, long need) {
		return "需" + zhKind + " " + Texts.area(need) + "㎡";
	}

	private static String enNeed(String enKind, long need) {
		return "Needs " + Texts.area(need) + " m² of " + enKind;
	}

	static boolean suitsStage(SpaceType type, Stage stage) {
		return switch (type) {
			case MAKERSPACE -> stage == Stage.SEED || stage == Stage.STARTUP;
			case INCUBATOR -> stage == Stage.STARTUP || stage == Stage.SEED;
			case ACCELERATOR -> stage == Stage.GROWTH;
			case SCIENCE_PARK -> stage == Stage.GROWTH || stage == Stage.MATURE;
			case FACTORY, LAND -> stage == Stage.GROWTH || stage == Stage.MATURE || stage == Stage.LISTED;
			case OFFICE, LAB -> false;
		};
	}

	static boolean suitsSize(SpaceType type, EnterpriseSize size) {
		return switch (type) {
			case MAKERSPACE, INCUBATOR -> size == EnterpriseSize.MICRO || size == EnterpriseSize.SMALL;
			case ACCELERATOR, SCIENCE_PARK, LAB, OFFICE ->
				size == EnterpriseSize.SMALL || size == EnterpriseSize.MEDIUM;
			case FACTORY, LAND -> size == EnterpriseSize.MEDIUM || size == EnterpriseSize.LARGE;
		};
	}

	/** The partner's phrases the enterprise mentions, in the partner's order. */
	private static List<Hit> hits(EnterpriseFeatures enterprise, List<Phrase> phrases) {
		Set<String> own = enterprise.description().primaryKeys();
		Set<String> context = enterprise.description().keys();
		Set<String> rdTopics = enterprise.rdTopics().keys();
		Map<String, Hit> hits = null;
		for (Phrase phrase : phrases) {
			boolean inDescription = false;
			boolean inRdTopics = false;
			boolean inContext = false;
			for (String key : phrase.keys()) {
				inDescription |= own.contains(key);
				inRdTopics |= rdTopics.contains(key);
				inContext |= context.contains(key);
			}
			if (inDescription || inRdTopics || inContext) {
				if (hits == null) {
					hits = new LinkedHashMap<>();
				}
				hits.putIfAbsent(phrase.keys().get(0), new Hit(phrase.text(), inDescription, inRdTopics));
			}
		}
		return (hits != null) ? List.copyOf(hits.values()) : List.of();
	}

	/**
	 * Whether the enterprise's own business (not its customers or needs) names a phrase.
	 */
	private static boolean mentionedAsOwn(EnterpriseFeatures enterprise, List<Phrase> phrases) {
		Set<String> own = enterprise.description().primaryKeys();
		for (Phrase phrase : phrases) {
			for (String key : phrase.keys()) {
				if (own.contains(key)) {
					return true;
				}
			}
		}
		return false;
	}

	private static String zhPosition(Link link) {
		return switch (link.position()) {
			case UPSTREAM -> "上游";
			case MIDSTREAM -> "中游";
			case DOWNSTREAM -> "下游";
		};
	}

	private static String enPosition(Link link) {
		return link.position().name().toLowerCase(Locale.ROOT);
	}

	private static String zhTicket(@Nullable Long min, @Nullable Long max) {
		if (min != null && max != null) {
			return Texts.zhCny(min) + "–" + Texts.zhCny(max);
		}
		if (min == null && max == null) {
			return "不限";
		}
		return (min != null) ? Texts.zhCny(min) + "以上" : Texts.zhCny(max) + "以下";
	}

	private static String enTicket(@Nullable Long min, @Nullable Long max) {
		if (min != null && max != null) {
			return Texts.enCny(min) + " to " + Texts.enCny(max);
		}
		if (min == null && max == null) {
			return "any size";
		}
		return (min != null) ? "from " + Texts.enCny(min) : "up to " + Texts.enCny(max);
	}

	static String zhStage(Stage stage) {
		return switch (stage) {
			case SEED -> "种子期";
			case STARTUP -> "初创期";
			case GROWTH -> "成长期";
			case MATURE -> "成熟期";
			case LISTED -> "上市阶段";
		};
	}

	private static String enStage(Stage stage) {
		return stage.name().toLowerCase(Locale.ROOT);
	}

	private static String zhSize(EnterpriseSize size) {
		return switch (size) {
			case MICRO -> "微型";
			case SMALL -> "小型";
			case MEDIUM -> "中型";
			case LARGE -> "大型";
		};
	}

	static String zhSpace(SpaceType type) {
		return switch (type) {
			case FACTORY -> "厂房";
			case LAND -> "用地";
			case OFFICE -> "写字楼";
			case INCUBATOR -> "孵化器";
			case LAB -> "实验室";
			case MAKERSPACE -> "众创空间";
			case ACCELERATOR -> "加速器";
			case SCIENCE_PARK -> "科技园区";
		};
	}

	static String enSpace(SpaceType type) {
		return switch (type) {
			case FACTORY -> "factory space";
			case LAND -> "land";
			case OFFICE -> "office space";
			case INCUBATOR -> "incubator space";
			case LAB -> "lab space";
			case MAKERSPACE -> "makerspace";
			case ACCELERATOR -> "accelerator space";
			case SCIENCE_PARK -> "science park space";
		};
	}

	private record Hit(String text, boolean inDescription, boolean inRdTopics) {
	}

	/** How the partner is named in the reasons, built only when a reason is. */
	private static final class Label {

		private final PartnerFeatures partner;

		private @Nullable String zh;

		private @Nullable String en;

		Label(PartnerFeatures partner) {
			this.partner = partner;
		}

		String zh() {
			if (this.zh == null) {
				PartnerFeatures p = this.partner;
				this.zh = (p.type() == PartnerType.INVESTOR
						|| p.kind() != CounterpartKind.PARK_INDUSTRY && p.kind() != CounterpartKind.SPACE) ? p.name()
								: p.parkName() + p.name() + ((p.kind() == CounterpartKind.PARK_INDUSTRY) ? "产业集群" : "");
			}
			return this.zh;
		}

		String en() {
			if (this.en == null) {
				PartnerFeatures p = this.partner;
				String name = (p.nameEn() != null) ? p.nameEn() : p.name();
				this.en = (p.type() == PartnerType.INVESTOR || p.kind() == null) ? name : switch (p.kind()) {
					case PARK_INDUSTRY -> p.parkName() + "'s " + name + " cluster";
					case INSTITUTION -> name;
					case SPACE -> name + " at " + p.parkName();
				};
			}
			return this.en;
		}

	}

	/** A reason's two sentences, built only for the pairs that are explained. */
	private record Said(String zh, String en) {
	}

	/**
	 * The contributing factors so far; {@link #score()} scales them to sum to at most 1,
	 * rounds them and sums them up. When the pair is not to be explained (a candidate
	 * that may not be kept), the sentences are never built.
	 */
	private final class Reasons {

		private final boolean explain;

		private final List<String> factors = new ArrayList<>(8);

		private final List<Supplier<Said>> sentences = new ArrayList<>(8);

		private double[] contributions = new double[8];

		private final double divisionContribution = MatchScorer.this.weights.industryDivision();

		Reasons(boolean explain) {
			this.explain = explain;
		}

		void add(String factor, double weight, double value, Supplier<Said> said) {
			double contribution = weight * value;
			if (contribution > 0) {
				int n = this.factors.size();
				if (n == this.contributions.length) {
					this.contributions = Arrays.copyOf(this.contributions, 2 * n);
				}
				this.factors.add(factor);
				this.sentences.add(said);
				this.contributions[n] = contribution;
			}
		}

		boolean isEmpty() {
			return this.factors.isEmpty();
		}

		/**
		 * The pair fits on something of substance (industry code to the group at least,
		 * keywords, research, chain, space, ticket), not only on region, labels, stage or
		 * a shared broad category, which support a match but never make one.
		 */
		Score score() {
			int n = this.factors.size();
			boolean substantive = false;
			for (int i = 0; i < n; i++) {
				String factor = this.factors.get(i);
				substantive |= SUBSTANTIVE.contains(factor)
						&& (!factor.equals("industry-code") || this.contributions[i] > this.divisionContribution);
			}
			if (!substantive) {
				return Score.mismatch(NO_SUBSTANCE);
			}
			// compensated sums, as DoubleStream's
			double sum = sum(this.contributions, n);
			double scale = (sum > 1) ? 1 / sum : 1;
			double[] rounded = new double[n];
			int largest = 0;
			for (int i = 0; i < n; i++) {
				rounded[i] = round(this.contributions[i] * scale);
				largest = (rounded[i] > rounded[largest]) ? i : largest;
			}
			// rounding the scaled parts can overshoot 1 by a thousandth: the largest part
			// gives it back
			double excess = round(sum(rounded, n) - 1);
			if (excess > 0) {
				rounded[largest] = round(rounded[largest] - excess);
			}
			double total = round(sum(rounded, n));
			List<MatchReason> reasons = new ArrayList<>(n);
			for (int i = 0; i < n; i++) {
				Said said = this.explain ? this.sentences.get(i).get() : UNEXPLAINED;
				reasons.add(new MatchReason(this.factors.get(i), rounded[i], said.zh(), said.en()));
			}
			return new Score(total, reasons, null);
		}

		/** A hard mismatch, explained only when the pair is. */
		Score mismatch(Supplier<MatchReason> why) {
			return Score.mismatch(this.explain ? why.get() : UNEXPLAINED_MISMATCH);
		}

		private static double round(double value) {
			return Math.round(value * 1000) / 1000.0;
		}

	}

}
