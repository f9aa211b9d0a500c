package io.duijie.matching.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

import io.duijie.contracts.Region;

/**
 * The synthetic data's vocabulary: the concepts of {@code seeds/dictionary/concepts.tsv}
 * (name, synonyms, GB/T 4754 classes and strategic emerging industries categories of the
 * same row) grouped by the file's sections (themes), each in a fixed random order that is
 * its popularity rank (Zipf); the GB/T 4754 codes of {@code sei-2018.tsv}'s categories;
 * GB/T 2260 cities across China, Greater Bay Area first.
 */
final class Vocabulary {

	/** Zipf exponent of concept popularity. */
	static final double ZIPF = 1.0;

	/** Zipf exponent of theme popularity (21 themes: flatter). */
	static final double THEME_ZIPF = 0.7;

	final List<Concept> concepts;

	/**
	 * The dictionary's sections ({@code ## 新材料·有色金属与金属材料 (new materials: …)}), each with
	 * its concepts.
	 */
	final List<Theme> themes;

	/** Strategic emerging industries category code → its GB/T 4754 codes. */
	final Map<String, List<String>> categoryCodes;

	final Zipf conceptRank;

	final Zipf themeRank;

	private Vocabulary(List<Concept> concepts, List<Theme> themes, Map<String, List<String>> categoryCodes) {
		this.concepts = concepts;
		this.themes = themes;
		this.categoryCodes = categoryCodes;
		this.conceptRank = new Zipf(concepts.size(), ZIPF);
		this.themeRank = new Zipf(themes.size(), THEME_ZIPF);
	}

	static Vocabulary load(Path dir, long seed) {
		List<Concept> concepts = new ArrayList<>();
		Map<String, List<Concept>> sections = new LinkedHashMap<>();
		String section = "其他 (other)";
		boolean header = true;
		for (String line : lines(dir.resolve("concepts.tsv"))) {
			if (line.startsWith("##")) {
				section = line.substring(2).strip();
				continue;
			}
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (header) {
				header = false;
				continue;
			}
			String[] row = Arrays.stream(line.split("\t", -1)).map(String::strip).toArray(String[]::new);
			if (!row[0].isBlank()) {
				Concept concept = new Concept(row[0], list(row, 1), list(row, 2), list(row, 3));
				concepts.add(concept);
				sections.computeIfAbsent(section, (s) -> new ArrayList<>()).add(concept);
			}
		}
		Map<String, List<String>> categoryCodes = new LinkedHashMap<>();
		header = true;
		for (String line : lines(dir.resolve("sei-2018.tsv"))) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (header) {
				header = false;
				continue;
			}
			String[] row = Arrays.stream(line.split("\t", -1)).map(String::strip).toArray(String[]::new);
			categoryCodes.put(row[0], list(row, 3));
		}
		// popularity: a fixed random order (the file order is thematic, not by frequency)
		Random random = new Random(seed);
		Collections.shuffle(concepts, random);
		List<Theme> themes = new ArrayList<>();
		sections.forEach((heading, list) -> {
			List<Concept> ranked = new ArrayList<>(list);
			Collections.shuffle(ranked, random);
			themes.add(Theme.of(heading, ranked));
		});
		Collections.shuffle(themes, random);
		return new Vocabulary(List.copyOf(concepts), List.copyOf(themes), categoryCodes);
	}

	Concept concept(SplittableRandom random) {
		return this.concepts.get(this.conceptRank.sample(random));
	}

	Theme theme(SplittableRandom random) {
		return this.themes.get(this.themeRank.sample(random));
	}

	/** GB/T 4754 codes of a concept's strategic emerging industries categories. */
	List<String> categoryCodes(Concept concept) {
		List<String> codes = new ArrayList<>();
		concept.categories().forEach((c) -> codes.addAll(this.categoryCodes.getOrDefault(c, List.of())));
		return codes;
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> list(String[] row, int column) {
		if (column >= row.length || row[column].isBlank()) {
			return List.of();
		}
		return Arrays.stream(row[column].split("[,，、]")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	/** A concept row: name, categories, GB/T 4754 classes, synonyms. */
	record Concept(String name, List<String> categories, List<String> codes, List<String> synonyms) {

		/** The name, or now and then a (Chinese) synonym, as people write it. */
		String surface(SplittableRandom random, double synonymShare) {
			if (random.nextDouble() < synonymShare) {
				List<String> chinese = this.synonyms.stream().filter(Vocabulary::hasHan).toList();
				if (!chinese.isEmpty()) {
					return chinese.get(random.nextInt(chinese.size()));
				}
			}
			return this.name;
		}

	}

	/**
	 * A section of the dictionary: a cluster's or a firm's industry, its concepts most
	 * popular first.
	 */
	record Theme(String name, String nameEn, List<Concept> concepts, Zipf rank) {

		static Theme of(String heading, List<Concept> concepts) {
			int paren = heading.indexOf(" (");
			String zh = (paren > 0) ? heading.substring(0, paren) : heading;
			String en = (paren > 0) ? heading.substring(paren + 2, heading.length() - 1) : zh;
			int full = zh.indexOf('（');
			zh = (full > 0) ? zh.substring(0, full) : zh;
			int dot = zh.indexOf('·');
			String name = (dot > 0) ? zh.substring(dot + 1) : zh;
			return new Theme(name, en, List.copyOf(concepts), new Zipf(concepts.size(), ZIPF));
		}

		Concept concept(SplittableRandom random) {
			return this.concepts.get(this.rank.sample(random));
		}

	}

	static boolean hasHan(String text) {
		return text.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	/** Samples ranks 0..n-1 with probability proportional to 1/(rank+1)^s. */
	static final class Zipf {

		private final double[] cumulative;

		Zipf(int n, double s) {
			this.cumulative = new double[Math.max(1, n)];
			double sum = 0;
			for (int i = 0; i < this.cumulative.length; i++) {
				sum += 1 / Math.pow(i + 1, s);
				this.cumulative[i] = sum;
			}
			for (int i = 0; i < this.cumulative.length; i++) {
				this.cumulative[i] /= sum;
			}
		}

		int sample(SplittableRandom random) {
			int i = Arrays.binarySearch(this.cumulative, random.nextDouble());
			return Math.min(this.cumulative.length - 1, (i >= 0) ? i : -i - 1);
		}

	}

	/** A city with a GB/T 2260 code and a weight. */
	record City(String code, String name, double weight) {

		Region region() {
			return new Region(this.code, this.name);
		}

		String shortName() {
			return (this.name.endsWith("市") && this.name.length() > 2) ? this.name.substring(0, this.name.length() - 1)
					: this.name.replace("特别行政区", "");
		}

	}

	/**
	 * Where enterprises are: the Greater Bay Area, weighted roughly by number of firms.
	 */
	static final List<City> GBA = List.of(new City("440300", "深圳市", 30), new City("440100", "广州市", 22),
			new City("441900", "东莞市", 12), new City("440600", "佛山市", 12), new City("441300", "惠州市", 5),
			new City("442000", "中山市", 4), new City("440400", "珠海市", 4), new City("440700", "江门市", 3),
			new City("441200", "肇庆市", 2), new City("810000", "香港特别行政区", 5), new City("820000", "澳门特别行政区", 1));

	/**
	 * Where counterparts are: parks across China promoting to Greater Bay Area firms; the
	 * GBA itself 30 %, the rest of Guangdong 15 %, neighbouring provinces 25 %, the rest
	 * of China 30 %.
	 */
	static final List<City> PARK_CITIES;

	static {
		List<City> cities = new ArrayList<>();
		add(cities, 30, GBA);
		add(cities, 15,
				List.of(new City("441800", "清远市", 3), new City("440200", "韶关市", 1), new City("440500", "汕头市", 1),
						new City("440800", "湛江市", 1), new City("440900", "茂名市", 1), new City("441400", "梅州市", 1),
						new City("441500", "汕尾市", 1), new City("441600", "河源市", 1), new City("441700", "阳江市", 1),
						new City("445100", "潮州市", 1), new City("445200", "揭阳市", 1), new City("445300", "云浮市", 1)));
		add(cities, 25,
				List.of(new City("450100", "南宁市", 2), new City("450200", "柳州市", 1), new City("450300", "桂林市", 1),
						new City("430100", "长沙市", 2), new City("430200", "株洲市", 1), new City("431000", "郴州市", 1),
						new City("360100", "南昌市", 1), new City("360700", "赣州市", 1), new City("350100", "福州市", 1),
						new City("350200", "厦门市", 1), new City("350500", "泉州市", 1), new City("460100", "海口市", 1)));
		add(cities, 30,
				List.of(new City("310000", "上海市", 3), new City("110000", "北京市", 3), new City("320500", "苏州市", 2),
						new City("330100", "杭州市", 2), new City("320100", "南京市", 1), new City("330200", "宁波市", 1),
						new City("510100", "成都市", 2), new City("500000", "重庆市", 2), new City("420100", "武汉市", 2),
						new City("410100", "郑州市", 1), new City("340100", "合肥市", 1), new City("610100", "西安市", 1),
						new City("370200", "青岛市", 1), new City("370100", "济南市", 1), new City("120000", "天津市", 1),
						new City("520100", "贵阳市", 1), new City("530100", "昆明市", 1), new City("130100", "石家庄市", 1),
						new City("210100", "沈阳市", 1), new City("220100", "长春市", 1), new City("230100", "哈尔滨市", 1),
						new City("140100", "太原市", 1), new City("620100", "兰州市", 1), new City("650100", "乌鲁木齐市", 1)));
		PARK_CITIES = List.copyOf(cities);
	}

	private static void add(List<City> to, double share, List<City> group) {
		double total = group.stream().mapToDouble(City::weight).sum();
		group.forEach((city) -> to.add(new City(city.code(), city.name(), share * city.weight() / total)));
	}

	static City pick(List<City> cities, SplittableRandom random) {
		double total = cities.stream().mapToDouble(City::weight).sum();
		double r = random.nextDouble() * total;
		for (City city : cities) {
			r -= city.weight();
			if (r < 0) {
				return city;
			}
		}
		return cities.get(cities.size() - 1);
	}

}
