package io.duijie.matching.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import io.duijie.contracts.ChainLink;
import io.duijie.contracts.ChainLink.ChainPosition;
import io.duijie.contracts.Contact;
import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.CounterpartProfile;
import io.duijie.contracts.EnterpriseProfile;
import io.duijie.contracts.EnterpriseSize;
import io.duijie.contracts.IdentityType;
import io.duijie.contracts.Needs;
import io.duijie.contracts.Space;
import io.duijie.contracts.SpaceType;
import io.duijie.contracts.Stage;
import io.duijie.matching.benchmark.Vocabulary.City;
import io.duijie.matching.benchmark.Vocabulary.Concept;
import io.duijie.matching.benchmark.Vocabulary.Theme;

/**
 * Synthetic counterparts and enterprises, each a pure function of the seed and its index
 * (so the first 10^4 counterparts of a 10^5 run are those of a 10^4 run).
 *
 * <p>
 * Counterparts: park industry clusters, institutions and spaces in parks across China
 * (GBA-heavy, see {@link Vocabulary#PARK_CITIES}); a cluster is one theme of the
 * dictionary with 8-25 of its concepts (Zipf), 3-10 GB/T 4754 codes and, for 60 %, an
 * industry chain of 3-6 links; an institution has 3-8 research areas; a space has a type,
 * an area (log-normal by type), a rent (GBA dearer) and often a power supply, a few words
 * for the space and, for 70 %, the industries it suits (from its park's focus themes).
 * Enterprises: Greater Bay Area firms whose main business is one of a few templates
 * filled with 2-5 concepts of one theme (Zipf), padded with sentences that mention no
 * concept; half give GB/T 4754 codes; some need factory floor, land or funding or name
 * R&amp;D topics.
 */
final class Synthetic {

	static final int PARKS = 3000;

	private static final String[] PARK_SUFFIXES = { "高新技术产业开发区", "经济技术开发区", "产业园", "工业园", "科技园", "产业转移工业园", "智造谷",
			"科学城", "临港产业园", "综合保税区" };

	private static final SpaceType[] SPACE_TYPES = { SpaceType.FACTORY, SpaceType.OFFICE, SpaceType.LAND,
			SpaceType.INCUBATOR, SpaceType.LAB, SpaceType.MAKERSPACE, SpaceType.ACCELERATOR, SpaceType.SCIENCE_PARK };

	private static final double[] SPACE_SHARES = { 0.40, 0.18, 0.08, 0.10, 0.06, 0.07, 0.06, 0.05 };

	/** Median area (m²), log-normal sigma, bounds, base rent (CNY per m² and month). */
	private static final double[][] SPACE_SHAPES = { { 3000, 1.0, 300, 100_000, 15 }, { 300, 1.0, 30, 20_000, 50 },
			{ 20_000, 1.0, 2000, 700_000, 0 }, { 150, 0.8, 20, 3000, 30 }, { 300, 0.8, 30, 5000, 45 },
			{ 60, 0.8, 10, 1000, 35 }, { 1500, 0.8, 200, 20_000, 25 }, { 2000, 1.0, 200, 50_000, 40 } };

	private static final String[][] SPACE_WORDS = { { "标准厂房", "单层厂房", "多层厂房", "高标准厂房", "闲置厂房", "厂房出租", "洁净车间", "重型厂房" },
			{ "写字楼", "研发办公", "甲级写字楼", "总部办公", "办公室出租" }, { "工业用地", "产业用地", "新型产业用地", "净地出让" },
			{ "孵化器", "创业孵化", "科技企业孵化器", "孵化载体" }, { "实验室", "公共实验室", "中试平台", "检测平台" }, { "众创空间", "联合办公", "创客空间" },
			{ "加速器", "产业加速器", "中试车间" }, { "科技园", "研发楼", "产业园" } };

	private static final String[] TEMPLATES = { "公司主营%s、%s的研发、生产和销售，产品广泛应用于%s等领域。", "专注于%s领域，主要产品包括%s和%s，为客户提供整体解决方案。",
			"我们是一家从事%s及%s业务的企业，拥有%s方面的核心技术和自主知识产权。", "主要从事%s，兼营%s、%s。", "集%s研发、%s制造与%s服务于一体。" };

	private static final String[] FILLERS = { "公司成立于%d年，现有员工%d人。", "拥有发明专利%d项、实用新型专利%d项。", "年营业收入约%d亿元，产品出口%d个国家和地区。",
			"已通过ISO9001质量管理体系认证，建有%d条生产线、%d个仓储中心。", "客户覆盖华南地区主要制造企业，合作伙伴超过%d家，服务%d个行业。",
			"近年来持续加大研发投入，计划在%d年内将产能提升%d%%。" };

	/** The arguments of each filler: ranges of its two numbers. */
	private static final int[][] FILLER_RANGES = { { 1990, 2024, 8, 3000 }, { 1, 200, 5, 500 }, { 1, 80, 2, 60 },
			{ 1, 20, 1, 12 }, { 20, 2000, 3, 40 }, { 2, 6, 10, 200 } };

	private static final String[] RD_TOPICS = { "%s工艺优化", "%s关键技术", "%s国产化替代", "%s可靠性提升", "新一代%s研发" };

	private static final String[] RESEARCH_SUFFIXES = { "", "", "技术", "工艺", "检测", "应用研究" };

	private static final String[] FIRM_WORDS = { "华", "鑫", "创", "科", "达", "盛", "安", "源", "泰", "联", "恒", "德", "新", "宏",
			"信", "智", "博", "海", "睿", "拓" };

	private final Vocabulary vocabulary;

	private final long seed;

	private final List<Park> parks = new ArrayList<>();

	Synthetic(Vocabulary vocabulary, long seed) {
		this.vocabulary = vocabulary;
		this.seed = seed;
		for (int p = 0; p < PARKS; p++) {
			this.parks.add(park(p));
		}
	}

	static String counterpartId(int i) {
		return "cp-" + String.format("%07d", i);
	}

	static String enterpriseId(int i) {
		return "ent-" + String.format("%05d", i);
	}

	/**
	 * The kind of counterpart i: a deterministic mix in per cent (spaces, clusters,
	 * institutions).
	 */
	static CounterpartKind kind(long seed, int i, int[] mix) {
		int r = new SplittableRandom(seed * 31 + i).nextInt(100);
		if (r < mix[0]) {
			return CounterpartKind.SPACE;
		}
		return (r < mix[0] + mix[1]) ? CounterpartKind.PARK_INDUSTRY : CounterpartKind.INSTITUTION;
	}

	CounterpartProfile counterpart(int i, int[] mix) {
		SplittableRandom random = random(1, i);
		Park park = this.parks.get(random.nextInt(PARKS));
		return switch (kind(this.seed, i, mix)) {
			case SPACE -> space(i, park, random);
			case PARK_INDUSTRY -> cluster(i, park, random);
			case INSTITUTION -> institution(i, park, random);
		};
	}

	private CounterpartProfile cluster(int i, Park park, SplittableRandom random) {
		Theme theme = this.vocabulary.theme(random);
		boolean named = random.nextBoolean();
		String name = named ? theme.name() : theme.concept(random).name();
		Set<String> keywords = new LinkedHashSet<>();
		Set<String> codes = new LinkedHashSet<>();
		List<String> categoryCodes = new ArrayList<>();
		int want = Math.min(8 + random.nextInt(18), theme.concepts().size());
		for (int tries = 0; keywords.size() < want && tries < want * 4; tries++) {
			Concept concept = theme.concept(random);
			keywords.add(concept.surface(random, 0.2));
			concept.codes().stream().limit(1).forEach(codes::add);
			if (categoryCodes.isEmpty()) {
				categoryCodes.addAll(this.vocabulary.categoryCodes(concept));
			}
		}
		for (int extra = random.nextInt(4); extra > 0; extra--) {
			keywords.add(this.vocabulary.concept(random).surface(random, 0.2));
		}
		// a cluster lists its main classes first, then some of its category's
		List<String> industryCodes = new ArrayList<>(codes).subList(0, Math.min(codes.size(), 2 + random.nextInt(6)));
		for (int n = 1 + random.nextInt(4); n > 0 && !categoryCodes.isEmpty(); n--) {
			String code = categoryCodes.remove(random.nextInt(categoryCodes.size()));
			if (!industryCodes.contains(code)) {
				industryCodes.add(code);
			}
		}
		List<ChainLink> links = new ArrayList<>();
		if (random.nextDouble() < 0.6) {
			ChainPosition[] positions = ChainPosition.values();
			for (int n = 3 + random.nextInt(4); n > 0; n--) {
				Set<String> linkWords = new LinkedHashSet<>();
				for (int k = 2 + random.nextInt(3); k > 0; k--) {
					linkWords.add(theme.concept(random).surface(random, 0.2));
				}
				List<String> residents = new ArrayList<>();
				if (random.nextDouble() < 0.7) {
					for (int r = 1 + random.nextInt(3); r > 0; r--) {
						residents.add(firmName(park.city(), random));
					}
				}
				links.add(new ChainLink(theme.concept(random).name(), positions[random.nextInt(positions.length)],
						List.copyOf(linkWords), residents));
			}
		}
		return new CounterpartProfile(CounterpartKind.PARK_INDUSTRY, name, named ? theme.nameEn() : null, park.name(),
				park.city().region(), park.name() + name + "产业集群，招商重点：" + String.join("、", keywords), industryCodes,
				List.copyOf(keywords), List.of(), null, contact(i), links);
	}

	private CounterpartProfile institution(int i, Park park, SplittableRandom random) {
		Theme theme = this.vocabulary.theme(random);
		String city = park.city().shortName();
		String topic = theme.concept(random).name();
		String name = switch (random.nextInt(4)) {
			case 0 -> city + "大学" + topic + "研究中心";
			case 1 -> city + topic + "工程技术研究中心";
			case 2 -> city + topic + "重点实验室";
			default -> city + theme.name() + "产业技术研究院";
		};
		Set<String> research = new LinkedHashSet<>();
		for (int n = 3 + random.nextInt(6), tries = 0; research.size() < n && tries < n * 4; tries++) {
			research.add(theme.concept(random).surface(random, 0.2)
					+ RESEARCH_SUFFIXES[random.nextInt(RESEARCH_SUFFIXES.length)]);
		}
		Set<String> keywords = new LinkedHashSet<>();
		Set<String> codes = new LinkedHashSet<>();
		for (int n = 2 + random.nextInt(4); n > 0; n--) {
			Concept concept = theme.concept(random);
			keywords.add(concept.surface(random, 0.2));
			if (random.nextBoolean()) {
				concept.codes().stream().limit(1).forEach(codes::add);
			}
		}
		if (random.nextBoolean()) {
			codes.add("7320");
		}
		return new CounterpartProfile(CounterpartKind.INSTITUTION, name, null, park.name(), park.city().region(),
				name + "，研究方向：" + String.join("、", research), List.copyOf(codes), List.copyOf(keywords),
				List.copyOf(research), null, contact(i), List.of());
	}

	private CounterpartProfile space(int i, Park park, SplittableRandom random) {
		int t = pick(SPACE_SHARES, random);
		SpaceType type = SPACE_TYPES[t];
		double[] shape = SPACE_SHAPES[t];
		long area = Math
			.round(Math.min(shape[3], Math.max(shape[2], shape[0] * Math.exp(shape[1] * random.nextGaussian()))));
		Double price = null;
		if (shape[4] > 0 && random.nextDouble() < 0.8) {
			double dear = park.city().code().startsWith("4403") ? 3
					: (Vocabulary.GBA.stream().anyMatch((c) -> c.code().equals(park.city().code())) ? 2 : 1);
			price = Math.round(shape[4] * dear * Math.exp(0.3 * random.nextGaussian()) * 10) / 10.0;
		}
		Long power = null;
		double powerShare = switch (type) {
			case FACTORY -> 0.7;
			case LAND -> 0.5;
			case LAB, ACCELERATOR -> 0.4;
			default -> 0;
		};
		if (random.nextDouble() < powerShare) {
			double perM2 = (type == SpaceType.LAND) ? 0.02 + random.nextDouble() * 0.08
					: 0.05 + random.nextDouble() * 0.25;
			power = Math.max(50, Math.round(area * perM2 / 50) * 50);
		}
		String[] words = SPACE_WORDS[t];
		Set<String> keywords = new LinkedHashSet<>();
		for (int n = 1 + random.nextInt(3); n > 0; n--) {
			keywords.add(words[random.nextInt(words.length)]);
		}
		Set<String> codes = new LinkedHashSet<>();
		if (random.nextDouble() < 0.7) {
			Theme theme = park.focus().get(random.nextInt(park.focus().size()));
			for (int n = 1 + random.nextInt(4); n > 0; n--) {
				Concept concept = theme.concept(random);
				keywords.add(concept.surface(random, 0.2));
				if (codes.size() < 2 && random.nextBoolean()) {
					concept.codes().stream().limit(1).forEach(codes::add);
				}
			}
		}
		String name = words[0] + (char) ('A' + random.nextInt(12)) + (1 + random.nextInt(30)) + "栋";
		return new CounterpartProfile(CounterpartKind.SPACE, name, null, park.name(), park.city().region(),
				park.name() + name, List.copyOf(codes), List.copyOf(keywords), List.of(),
				new Space(type, area, price, power), contact(i), List.of());
	}

	EnterpriseProfile enterprise(int i) {
		SplittableRandom random = random(2, i);
		City city = Vocabulary.pick(Vocabulary.GBA, random);
		Theme theme = this.vocabulary.theme(random);
		List<Concept> concepts = new ArrayList<>();
		for (int n = 3 + random.nextInt(3), tries = 0; concepts.size() < n; tries++) {
			// a firm's concepts come from its theme; a rare fallback keeps three distinct
			// ones
			Concept concept = (tries < 30) ? theme.concept(random) : this.vocabulary.concept(random);
			if (!concepts.contains(concept)) {
				concepts.add(concept);
			}
		}
		if (random.nextDouble() < 0.2) {
			concepts.add(this.vocabulary.concept(random));
		}
		List<String> surfaces = concepts.stream().map((c) -> c.surface(random, 0.25)).toList();
		StringBuilder description = new StringBuilder();
		description.append(String.format(TEMPLATES[random.nextInt(TEMPLATES.length)], surfaces.get(0),
				surfaces.get(1 % surfaces.size()), surfaces.get(2 % surfaces.size())));
		if (surfaces.size() > 3) {
			description.append("此外还涉及").append(String.join("、", surfaces.subList(3, surfaces.size()))).append("。");
		}
		for (int n = 1 + random.nextInt(3); n > 0; n--) {
			int f = random.nextInt(FILLERS.length);
			int[] range = FILLER_RANGES[f];
			description.append(String.format(FILLERS[f], range[0] + random.nextInt(range[1] - range[0]),
					range[2] + random.nextInt(range[3] - range[2])));
		}
		List<String> codes = new ArrayList<>();
		if (random.nextBoolean()) {
			for (Concept concept : concepts.subList(0, Math.min(concepts.size(), 1 + random.nextInt(2)))) {
				concept.codes().stream().limit(1).filter((c) -> !codes.contains(c)).forEach(codes::add);
			}
		}
		Stage stage = Stage.values()[pick(new double[] { 0.08, 0.25, 0.35, 0.25, 0.07 }, random)];
		EnterpriseSize size = EnterpriseSize.values()[pick(new double[] { 0.15, 0.40, 0.30, 0.15 }, random)];
		List<String> tags = new ArrayList<>();
		if (random.nextDouble() < 0.3) {
			tags.add("高新技术企业");
		}
		if (random.nextDouble() < 0.08) {
			tags.add("专精特新");
		}
		if (random.nextDouble() < 0.05) {
			tags.add("瞪羚企业");
		}
		Long factory = null;
		Long power = null;
		Double maxRent = null;
		if (random.nextDouble() < 0.4) {
			factory = Math.round(Math.min(100_000, Math.max(200, 3000 * Math.exp(random.nextGaussian()))));
			if (random.nextDouble() < 0.4) {
				power = Math.max(50, Math.round(factory * (0.05 + random.nextDouble() * 0.2) / 50) * 50);
			}
			if (random.nextDouble() < 0.35) {
				maxRent = (double) (10 + random.nextInt(41));
			}
		}
		Long land = (random.nextDouble() < 0.08)
				? Math.round(Math.min(300_000, Math.max(2000, 20_000 * Math.exp(random.nextGaussian())))) : null;
		Long funding = (random.nextDouble() < 0.3)
				? Math.round(Math.min(5e8, Math.max(1e6, 2e7 * Math.exp(random.nextGaussian()))) / 1e5) * 100_000L
				: null;
		List<String> rdTopics = new ArrayList<>();
		if (random.nextDouble() < 0.35) {
			for (int n = 1 + random.nextInt(3); n > 0; n--) {
				rdTopics.add(String.format(RD_TOPICS[random.nextInt(RD_TOPICS.length)],
						theme.concept(random).surface(random, 0.2)));
			}
		}
		String name = "基准·" + city.shortName() + firmName(city, random);
		boolean hongKong = city.code().startsWith("81");
		boolean macau = city.code().startsWith("82");
		return new EnterpriseProfile(name, null, String.format("91%06dMA%08d", Integer.parseInt(city.code()), i),
				hongKong ? IdentityType.HK_CR : (macau ? IdentityType.MO_CR : IdentityType.USCC), city.region(), codes,
				description.toString(), stage, tags, new Needs(land, factory, funding, rdTopics, power, maxRent),
				new Contact("基准联系人", null, "bench-" + i + "@example.com"), null, size);
	}

	/** Park p: its city, its name and the 2-3 categories it focuses on. */
	private Park park(int p) {
		SplittableRandom random = random(3, p);
		City city = Vocabulary.pick(Vocabulary.PARK_CITIES, random);
		String name = city.shortName() + PARK_SUFFIXES[p % PARK_SUFFIXES.length]
				+ ((p >= PARK_SUFFIXES.length) ? (p / PARK_SUFFIXES.length) + "区" : "");
		List<Theme> focus = new ArrayList<>();
		for (int n = 2 + random.nextInt(2); n > 0; n--) {
			focus.add(this.vocabulary.theme(random));
		}
		return new Park(city, name, focus);
	}

	private SplittableRandom random(int stream, int i) {
		return new SplittableRandom((this.seed * 1_000_003L + stream) * 0x9E3779B97F4A7C15L + i);
	}

	private static String firmName(City city, SplittableRandom random) {
		return FIRM_WORDS[random.nextInt(FIRM_WORDS.length)] + FIRM_WORDS[random.nextInt(FIRM_WORDS.length)]
				+ ((random.nextBoolean()) ? "科技" : "实业") + "有限公司";
	}

	private static Contact contact(int i) {
		return new Contact("招商联系人", "0000-" + String.format("%07d", i), null);
	}

	private static int pick(double[] shares, SplittableRandom random) {
		double r = random.nextDouble();
		for (int k = 0; k < shares.length; k++) {
			r -= shares[k];
			if (r < 0) {
				return k;
			}
		}
		return shares.length - 1;
	}

	record Park(City city, String name, List<Theme> focus) {
	}

}
