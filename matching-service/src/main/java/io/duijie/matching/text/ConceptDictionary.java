package io.duijie.matching.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.duijie.matching.text.ChineseText.Segmented;
import io.duijie.matching.text.ChineseText.Span;
import org.jspecify.annotations.Nullable;

/**
 * The industry dictionary of {@code seeds/dictionary}: concepts (a product, technology or
 * service such as 锂电池) with their synonyms (锂电, 锂离子电池, lithium battery), GB/T 4754-2017
 * codes and strategic emerging industries categories (战略性新兴产业分类 2018), and the categories
 * with their codes. {@link #read} finds the concepts a text mentions, on word boundaries
 * of the segmented text, whatever the script or width it was written in. Immutable once
 * loaded.
 */
public final class ConceptDictionary {

	/** The longest phrase looked up, in characters of its key. */
	static final int MAX_PHRASE = 16;

	private final Map<String, Concept> byKey;

	private final Map<String, Category> categories;

	private final Map<String, List<Category>> categoriesByCode = new HashMap<>();

	ConceptDictionary(Map<String, Concept> byKey, Map<String, Category> categories) {
		this.byKey = Map.copyOf(byKey);
		this.categories = Map.copyOf(categories);
		for (Category category : categories.values()) {
			for (String code : category.industryCodes()) {
				this.categoriesByCode.computeIfAbsent(code, (c) -> new ArrayList<>()).add(category);
			}
		}
	}

	/** The dictionary on the classpath ({@code dictionary/*.tsv}, copied from seeds/). */
	public static ConceptDictionary load() {
		try (Reader concepts = resource("dictionary/concepts.tsv");
				Reader categories = resource("dictionary/sei-2018.tsv")) {
			return read(concepts, categories);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ConceptDictionary read(Reader conceptsTsv, Reader categoriesTsv) throws IOException {
		Map<String, Category> categories = new LinkedHashMap<>();
		for (String[] row : rows(categoriesTsv, 3)) {
			categories.put(row[0], new Category(row[0], row[1], row[2], list(row, 3)));
		}
		Map<String, Concept> byKey = new HashMap<>();
		for (String[] row : rows(conceptsTsv, 1)) {
			String name = row[0];
			Concept concept = new Concept(ChineseText.key(name), name, list(row, 1), list(row, 2));
			byKey.putIfAbsent(concept.key(), concept);
			for (String synonym : list(row, 3)) {
				byKey.putIfAbsent(ChineseText.key(synonym), concept);
			}
		}
		byKey.remove("");
		return new ConceptDictionary(byKey, categories);
	}

	/**
	 * What a text mentions: its dictionary concepts and every phrase key it contains,
	 * each marked as the firm's own business or as context (see
	 * {@link Mention#primary()}).
	 */
	public Reading read(String text) {
		Segmented segmented = ChineseText.segment(text);
		List<Span> spans = segmented.spans(MAX_PHRASE);
		List<Span> found = new ArrayList<>();
		boolean[] inConcept = new boolean[segmented.tokens().size()];
		for (Span span : spans) {
			if (this.byKey.containsKey(span.key())) {
				found.add(span);
				if (span.to() - span.from() > 1) {
					Arrays.fill(inConcept, span.from(), span.to(), true);
				}
			}
		}
		boolean[] primary = Roles.primary(segmented, inConcept);
		// 电池 inside a found 锂电池 is the same mention, not a second one
		List<Span> outermost = found.stream().filter((span) -> found.stream().noneMatch(span::within)).toList();
		List<Span> modifiers = outermost.stream()
			.filter((span) -> primary[span.from()] && Roles.modifies(span, outermost, segmented))
			.toList();
		for (Span modifier : modifiers) {
			Arrays.fill(primary, modifier.from(), modifier.to(), false);
		}
		Set<String> keys = new LinkedHashSet<>();
		Set<String> primaryKeys = new LinkedHashSet<>();
		for (Span span : spans) {
			keys.add(span.key());
			if (primary[span.from()]) {
				primaryKeys.add(span.key());
			}
		}
		Map<String, Mention> mentions = new LinkedHashMap<>();
		for (Span span : outermost) {
			Concept concept = this.byKey.get(span.key());
			boolean own = primary[span.from()];
			Mention previous = mentions.get(concept.key());
			if (previous == null || (own && !previous.primary())) {
				mentions.put(concept.key(), new Mention(concept, span.surface(), own));
			}
			keys.add(concept.key());
			if (own) {
				primaryKeys.add(concept.key());
			}
		}
		return new Reading(keys, primaryKeys, List.copyOf(mentions.values()));
	}

	/** The concept under a lookup key (see {@link ChineseText#key}), if any. */
	public @Nullable Concept conceptByKey(String key) {
		return this.byKey.get(key);
	}

	/** The concept a phrase names exactly, if the dictionary has it. */
	public @Nullable Concept concept(String phrase) {
		return this.byKey.get(ChineseText.key(phrase));
	}

	public @Nullable Category category(String code) {
		return this.categories.get(code);
	}

	/**
	 * The categories a GB/T 4754 code belongs to: those listing the code, its group or
	 * its class.
	 */
	public List<Category> categoriesOf(String industryCode) {
		String digits = IndustryCodes.digits(industryCode);
		List<Category> found = new ArrayList<>();
		for (int length = Math.min(4, digits.length()); length >= 3; length--) {
			found.addAll(this.categoriesByCode.getOrDefault(digits.substring(0, length), List.of()));
		}
		if (digits.length() == 3) {
			this.categoriesByCode.forEach((code, listed) -> {
				if (code.length() == 4 && code.startsWith(digits)) {
					found.addAll(listed);
				}
			});
		}
		return found.stream().distinct().toList();
	}

	/** The category codes of a list of industry codes. */
	public Set<String> categoryCodes(Collection<String> industryCodes) {
		Set<String> codes = new LinkedHashSet<>();
		industryCodes.forEach((code) -> categoriesOf(code).forEach((category) -> codes.add(category.code())));
		return codes;
	}

	public int size() {
		return this.byKey.size();
	}

	private static Reader resource(String name) {
		InputStream in = ConceptDictionary.class.getClassLoader().getResourceAsStream(name);
		if (in == null) {
			throw new IllegalStateException("Missing dictionary resource " + name);
		}
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}

	private static List<String[]> rows(Reader reader, int minColumns) throws IOException {
		List<String[]> rows = new ArrayList<>();
		BufferedReader lines = new BufferedReader(reader);
		boolean header = true;
		String line;
		while ((line = lines.readLine()) != null) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (header) {
				header = false;
				continue;
			}
			String[] row = line.split("\t", -1);
			if (row.length >= minColumns && !row[0].isBlank()) {
				rows.add(Arrays.stream(row).map(String::strip).toArray(String[]::new));
			}
		}
		return rows;
	}

	private static List<String> list(String[] row, int column) {
		if (column >= row.length || row[column].isBlank()) {
			return List.of();
		}
		return Arrays.stream(row[column].split("[,，、]")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	/**
	 * An industry concept.
	 *
	 * @param key its lookup key (see {@link ChineseText#key})
	 * @param name its canonical name, e.g. 锂电池
	 * @param categories strategic emerging industries categories, e.g. 6.4
	 * @param industryCodes GB/T 4754-2017 classes, e.g. 3841
	 */
	public record Concept(String key, String name, List<String> categories, List<String> industryCodes) {
	}

	/**
	 * A strategic emerging industries category (战略性新兴产业分类 2018).
	 *
	 * @param code e.g. 3.2
	 * @param name e.g. 先进有色金属材料
	 * @param nameEn e.g. Advanced non-ferrous metal materials
	 * @param industryCodes the GB/T 4754-2017 classes or groups it covers
	 */
	public record Category(String code, String name, String nameEn, List<String> industryCodes) {
	}

	/**
	 * A concept found in a text.
	 *
	 * @param surface how the text wrote it (normalised), e.g. 锂电
	 * @param primary whether it names the firm's own business, rather than its customers
	 * or applications (磁体供应「伺服电机」厂商) or a modifier of another concept (「铝合金」压铸模具,
	 * 「医疗器械」的外观设计)
	 */
	public record Mention(Concept concept, String surface, boolean primary) {
	}

	/**
	 * What a text mentions.
	 *
	 * @param keys every phrase key of the text and the key of every concept found
	 * @param primaryKeys those of {@code keys} that name the firm's own business
	 * @param mentions the concepts found, outermost only (锂电池, not also 电池), in order
	 */
	public record Reading(Set<String> keys, Set<String> primaryKeys, List<Mention> mentions) {

		public static Reading empty() {
			return new Reading(Set.of(), Set.of(), List.of());
		}

		/** The mentions of the firm's own business, or all of them when none is. */
		public List<Mention> ownMentions() {
			List<Mention> own = this.mentions.stream().filter(Mention::primary).toList();
			return own.isEmpty() ? this.mentions : own;
		}

	}

}
