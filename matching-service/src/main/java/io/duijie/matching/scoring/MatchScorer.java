package io.duijie.matching.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.CounterpartProfile;
import io.duijie.contracts.EnterpriseProfile;
import io.duijie.contracts.InvestorProfile;
import io.duijie.contracts.MatchReason;
import io.duijie.contracts.Needs;
import io.duijie.contracts.Space;
import io.duijie.contracts.SpaceType;
import io.duijie.contracts.Stage;
import org.jspecify.annotations.Nullable;

/**
 * Scores an enterprise against a counterpart (park industry cluster, institution, space)
 * or an investor. The score is the sum of what each factor contributes, capped at 1;
 * every contributing factor explains itself in one plain sentence in Chinese and English.
 * The scale does not depend on how long a partner's lists are: a cluster with 30 keywords
 * scores an enterprise that mentions two of them the same as a cluster with 3 keywords
 * would.
 *
 * <p>
 * Factors: (1) industry codes, GB/T 4754 class / group / division; (2) the partner's
 * keywords, research areas, name or sectors found in the enterprise's description and
 * R&amp;D topics (a normalised substring search; a later issue brings a Chinese
 * analyser); (3) region: a Greater Bay Area enterprise and a park in Guangdong, or an
 * investor's regions covering the enterprise; (4) needs against offers: space area (a
 * need far larger than the offer is a hard mismatch), an investor's ticket and stages, an
 * institution's research areas against R&amp;D topics.
 */
public final class MatchScorer {

	// The weights are the most each factor can add. The factor maxima sum to 1.0 for
	// either kind of partner
	// (industry 0.30 + keywords 0.40 + region 0.15 + needs 0.15), so the cap at 1 is only
	// a safety net and the
	// contributions always sum to the score.

	/** Industry: an enterprise code in the same 4-digit class (小类) as a partner code. */
	static final double INDUSTRY_CLASS = 0.30;

	/** Industry: the same 3-digit group (中类). */
	static final double INDUSTRY_GROUP = 0.20;

	/** Industry: the same 2-digit division (大类). */
	static final double INDUSTRY_DIVISION = 0.10;

	/**
	 * Keywords: the first keyword found. A specific keyword such as 铝型材 is a deliberate
	 * signal, so one alone reaches the default threshold (0.3).
	 */
	static final double KEYWORD_FIRST = 0.30;

	/** Keywords: each further keyword found. */
	static final double KEYWORD_FURTHER = 0.05;

	/** Keywords: at most (the first plus two further). */
	static final double KEYWORDS_MAX = 0.40;

	/**
	 * Region: a GBA enterprise and a park in Guangdong, or an investor investing where
	 * the enterprise is.
	 */
	static final double REGION = 0.15;

	/** Space: the area needed fits into the area offered. */
	static final double SPACE_FITS = 0.15;

	/**
	 * Space: the need is a little larger than the offer (up to
	 * {@link #SPACE_CLOSE_RATIO}).
	 */
	static final double SPACE_CLOSE = 0.05;

	/** Space: need / offer up to which the offer is still close. */
	static final double SPACE_CLOSE_RATIO = 1.25;

	/**
	 * Space: need / offer above which the pair is a hard mismatch (no match whatever the
	 * other factors).
	 */
	static final double SPACE_HARD_MISMATCH_RATIO = 2.0;

	/** Institution: an R&amp;D topic of the enterprise meets a research area. */
	static final double RESEARCH = 0.15;

	/** Investor: the funding needed lies within the investor's ticket. */
	static final double TICKET = 0.10;

	/** Investor: the enterprise's stage is one the investor invests in. */
	static final double STAGE = 0.05;

	/** Shortest keyword searched for (one character matches too much Chinese text). */
	static final int MIN_KEYWORD_LENGTH = 2;

	public Score score(EnterpriseProfile enterprise, CounterpartProfile counterpart) {
		Reasons reasons = new Reasons();
		Label label = Label.of(counterpart);
		industry(enterprise.industryCodes(), counterpart.industryCodes(), label, reasons);
		List<String> terms = Stream.of(counterpart.keywords(), counterpart.researchAreas(), List.of(counterpart.name()))
			.flatMap(List::stream)
			.toList();
		keywords(enterprise, terms, label, false, reasons);
		String enterpriseRegion = enterprise.region().code();
		String parkRegion = counterpart.region().code();
		if (Regions.inGreaterBayArea(enterpriseRegion) && Regions.inGuangdong(parkRegion)) {
			boolean borders = Regions.bordersGreaterBayArea(parkRegion);
			reasons.add("region", REGION,
					"企业位于粤港澳大湾区（" + enterprise.region().name() + "），" + counterpart.parkName() + "在广东省内（"
							+ counterpart.region().name() + (borders ? "，与大湾区接壤" : "") + "）",
					"The enterprise is in the Greater Bay Area (" + enterprise.region().name() + ") and "
							+ counterpart.parkName() + " is in Guangdong (" + counterpart.region().name()
							+ (borders ? ", bordering the GBA" : "") + ")");
		}
		if (counterpart.kind() == CounterpartKind.SPACE && counterpart.space() != null) {
			MatchReason mismatch = space(enterprise.needs(), counterpart.space(), label, reasons);
			if (mismatch != null) {
				return new Score(0, List.of(), mismatch);
			}
		}
		if (counterpart.kind() == CounterpartKind.INSTITUTION) {
			research(enterprise.needs().rdTopics(), counterpart.researchAreas(), label, reasons);
		}
		return reasons.score();
	}

	public Score score(EnterpriseProfile enterprise, InvestorProfile investor) {
		Reasons reasons = new Reasons();
		Label label = Label.of(investor);
		industry(enterprise.industryCodes(), investor.industryCodes(), label, reasons);
		keywords(enterprise, investor.sectors(), label, true, reasons);
		String region = enterprise.region().code();
		if (investor.regionCodes().stream().anyMatch((area) -> Regions.covers(area, region))) {
			reasons.add("region", REGION, label.zh() + "的投资地域包括企业所在地（" + enterprise.region().name() + "）",
					label.en() + " invests in the enterprise's region (" + enterprise.region().name() + ")");
		}
		Long funding = enterprise.needs().fundingCny();
		Long min = investor.ticketMinCny();
		Long max = investor.ticketMaxCny();
		if (funding != null && funding > 0 && (min != null || max != null) && (min == null || funding >= min)
				&& (max == null || funding <= max)) {
			reasons.add("ticket", TICKET,
					"融资需求 " + Texts.zhCny(funding) + "在" + label.zh() + "的单笔投资区间（" + zhTicket(min, max) + "）内",
					"Funding need of " + Texts.enCny(funding) + " is within " + label.en() + "'s ticket ("
							+ enTicket(min, max) + ")");
		}
		Stage stage = enterprise.stage();
		if (stage != null && investor.stages().contains(stage)) {
			reasons.add("stage", STAGE, "企业处于" + zhStage(stage) + "，属于" + label.zh() + "的投资阶段",
					"The enterprise's stage (" + stage.name().toLowerCase(java.util.Locale.ROOT) + ") is one "
							+ label.en() + " invests in");
		}
		return reasons.score();
	}

	private static void industry(List<String> enterpriseCodes, List<String> partnerCodes, Label label,
			Reasons reasons) {
		IndustryCodes.Closest closest = IndustryCodes.closest(enterpriseCodes, partnerCodes);
		if (closest == null) {
			return;
		}
		String zhLevel;
		String enLevel;
		double contribution;
		if (closest.level() >= 4) {
			zhLevel = "小类";
			enLevel = "class";
			contribution = INDUSTRY_CLASS;
		}
		else if (closest.level() == 3) {
			zhLevel = "中类";
			enLevel = "group";
			contribution = INDUSTRY_GROUP;
		}
		else {
			zhLevel = "大类";
			enLevel = "division";
			contribution = INDUSTRY_DIVISION;
		}
		reasons.add("industry-code", contribution,
				"企业的行业代码 " + closest.enterpriseCode() + " 与" + label.zh() + "的 " + closest.partnerCode() + " 属于同一行业"
						+ zhLevel + "（" + closest.shared() + "，GB/T 4754）",
				"Industry code " + closest.enterpriseCode() + " and " + label.en() + "'s " + closest.partnerCode()
						+ " share the GB/T 4754 " + enLevel + " " + closest.shared());
	}

	private static void keywords(EnterpriseProfile enterprise, List<String> terms, Label label, boolean sectors,
			Reasons reasons) {
		String description = Texts.normalize(enterprise.description());
		String rdTopics = Texts.normalize(String.join("\n", enterprise.needs().rdTopics()));
		Map<String, Hit> hits = new LinkedHashMap<>();
		for (String term : terms) {
			String normalized = Texts.normalize(term);
			if (normalized.length() < MIN_KEYWORD_LENGTH || hits.containsKey(normalized)) {
				continue;
			}
			boolean inDescription = description.contains(normalized);
			boolean inRdTopics = rdTopics.contains(normalized);
			if (inDescription || inRdTopics) {
				hits.put(normalized, new Hit(term.strip(), inDescription, inRdTopics));
			}
		}
		// 铝型材 inside a found 工业铝型材 is the same mention, not a second one
		hits.keySet()
			.removeIf((shorter) -> hits.keySet()
				.stream()
				.anyMatch((longer) -> longer.length() > shorter.length() && longer.contains(shorter)));
		if (hits.isEmpty()) {
			return;
		}
		List<String> found = hits.values().stream().map(Hit::keyword).toList();
		boolean inDescription = hits.values().stream().anyMatch(Hit::inDescription);
		boolean inRdTopics = hits.values().stream().anyMatch(Hit::inRdTopics);
		String zhWhere = (inDescription && inRdTopics) ? "主营业务和研发需求" : (inDescription ? "主营业务" : "研发需求");
		String enWhere = (inDescription && inRdTopics) ? "Main business and R&D needs mention"
				: (inDescription ? "Main business mentions" : "R&D needs mention");
		double contribution = Math.min(KEYWORDS_MAX, KEYWORD_FIRST + KEYWORD_FURTHER * (found.size() - 1));
		String zh;
		String en;
		if (sectors) {
			zh = zhWhere + "提到" + Texts.zhQuoted(found) + "，属于" + label.zh() + "的投资领域";
			en = enWhere + " " + Texts.enJoined(found) + ((found.size() == 1) ? ", a sector " : ", sectors ")
					+ label.en() + " invests in";
		}
		else {
			zh = zhWhere + "提到" + Texts.zhQuoted(found) + "，属于" + label.zh() + "的关键词";
			en = enWhere + " " + Texts.enJoined(found) + ((found.size() == 1) ? ", a keyword of " : ", keywords of ")
					+ label.en();
		}
		reasons.add("keywords", contribution, zh, en);
	}

	/** Adds the space factor, or returns the hard mismatch. */
	private static @Nullable MatchReason space(Needs needs, Space space, Label label, Reasons reasons) {
		Long need = switch (space.type()) {
			case LAND -> needs.landAreaM2();
			case FACTORY, INCUBATOR, LAB -> needs.factoryAreaM2();
			case OFFICE -> null;
		};
		if (need == null || need <= 0) {
			return null;
		}
		String zhKind = zhSpace(space.type());
		String enKind = enSpace(space.type());
		double ratio = (double) need / space.areaM2();
		String zhNeed = "需要" + zhKind + " " + Texts.area(need) + " m²";
		String enNeed = "Needs " + Texts.area(need) + " m² of " + enKind;
		if (ratio > SPACE_HARD_MISMATCH_RATIO) {
			return new MatchReason("space", 0,
					zhNeed + "，远大于" + label.zh() + "提供的 " + Texts.area(space.areaM2()) + " m²",
					enNeed + ", far more than the " + Texts.area(space.areaM2()) + " m² " + label.en() + " offers");
		}
		if (ratio <= 1) {
			reasons.add("space", SPACE_FITS,
					zhNeed + "，" + label.zh() + "提供 " + Texts.area(space.areaM2()) + " m²，面积满足",
					enNeed + "; " + label.en() + " offers " + Texts.area(space.areaM2()) + " m², enough");
		}
		else if (ratio <= SPACE_CLOSE_RATIO) {
			reasons.add("space", SPACE_CLOSE,
					zhNeed + "，略大于" + label.zh() + "提供的 " + Texts.area(space.areaM2()) + " m²",
					enNeed + ", a little more than the " + Texts.area(space.areaM2()) + " m² " + label.en()
							+ " offers");
		}
		return null;
	}

	private static void research(List<String> rdTopics, List<String> researchAreas, Label label, Reasons reasons) {
		for (String topic : rdTopics) {
			String t = Texts.normalize(topic);
			for (String area : researchAreas) {
				String a = Texts.normalize(area);
				if (a.length() >= MIN_KEYWORD_LENGTH && t.length() >= MIN_KEYWORD_LENGTH
						&& (t.contains(a) || a.contains(t))) {
					reasons.add("research", RESEARCH, "研发需求「" + topic + "」对应" + label.zh() + "的研究方向「" + area + "」",
							"R&D need " + topic + " meets " + label.en() + "'s research area " + area);
					return;
				}
			}
		}
	}

	private static String zhTicket(@Nullable Long min, @Nullable Long max) {
		if (min != null && max != null) {
			return Texts.zhCny(min) + "–" + Texts.zhCny(max);
		}
		return (min != null) ? Texts.zhCny(min) + "以上" : Texts.zhCny(max) + "以下";
	}

	private static String enTicket(@Nullable Long min, @Nullable Long max) {
		if (min != null && max != null) {
			return Texts.enCny(min) + " to " + Texts.enCny(max);
		}
		return (min != null) ? "from " + Texts.enCny(min) : "up to " + Texts.enCny(max);
	}

	private static String zhStage(Stage stage) {
		return switch (stage) {
			case SEED -> "种子期";
			case STARTUP -> "初创期";
			case GROWTH -> "成长期";
			case MATURE -> "成熟期";
			case LISTED -> "上市阶段";
		};
	}

	private static String zhSpace(SpaceType type) {
		return switch (type) {
			case FACTORY -> "厂房";
			case LAND -> "用地";
			case OFFICE -> "写字楼";
			case INCUBATOR -> "孵化器场地";
			case LAB -> "实验室";
		};
	}

	private static String enSpace(SpaceType type) {
		return switch (type) {
			case FACTORY -> "factory space";
			case LAND -> "land";
			case OFFICE -> "office space";
			case INCUBATOR -> "incubator space";
			case LAB -> "lab space";
		};
	}

	private record Hit(String keyword, boolean inDescription, boolean inRdTopics) {
	}

	/** How the partner is named in the reasons. */
	private record Label(String zh, String en) {

		static Label of(CounterpartProfile counterpart) {
			String en = (counterpart.nameEn() != null) ? counterpart.nameEn() : counterpart.name();
			return switch (counterpart.kind()) {
				case PARK_INDUSTRY -> new Label(counterpart.parkName() + counterpart.name() + "产业集群",
						counterpart.parkName() + "'s " + en + " cluster");
				case INSTITUTION -> new Label(counterpart.name(), en);
				case SPACE ->
					new Label(counterpart.parkName() + counterpart.name(), en + " at " + counterpart.parkName());
			};
		}

		static Label of(InvestorProfile investor) {
			return new Label(investor.name(), (investor.nameEn() != null) ? investor.nameEn() : investor.name());
		}

	}

	/** The contributing factors so far; {@link #score()} rounds them and sums them up. */
	private static final class Reasons {

		private final List<MatchReason> reasons = new ArrayList<>();

		void add(String factor, double contribution, String zh, String en) {
			this.reasons.add(new MatchReason(factor, round(contribution), zh, en));
		}

		Score score() {
			double sum = this.reasons.stream().mapToDouble(MatchReason::contribution).sum();
			return new Score(Math.min(1.0, round(sum)), this.reasons, null);
		}

		private static double round(double value) {
			return Math.round(value * 1000) / 1000.0;
		}

	}

}
