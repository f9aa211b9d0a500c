package io.duijie.matching.text;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import io.duijie.matching.text.ConceptDictionary.Concept;
import io.duijie.matching.text.ConceptDictionary.Mention;
import io.duijie.matching.text.ConceptDictionary.Reading;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The industry dictionary: the real one of {@code seeds/dictionary} for what it must
 * know, and small hand-made ones for the reading rules.
 */
class ConceptDictionaryTests {

	private static final ConceptDictionary SEEDS = ConceptDictionary.load();

	@Test
	void theSeedDictionaryLoadsFromTheClasspath() {
		assertThat(SEEDS.size()).isGreaterThan(500);
		assertThat(SEEDS.category("3.2")).isNotNull()
			.satisfies((category) -> assertThat(category.nameEn()).isNotBlank());
		assertThat(SEEDS.concept("锂电池")).isNotNull()
			.satisfies((concept) -> assertThat(concept.industryCodes()).contains("3841"));
	}

	@Test
	void traditionalScriptFindsTheSameConceptsAsSimplified() {
		List<String> traditional = names(SEEDS.read("主營鋰電池及醫療器械的研發與銷售"));
		List<String> simplified = names(SEEDS.read("主营锂电池及医疗器械的研发与销售"));

		assertThat(traditional).containsExactly("锂电池", "医疗器械").isEqualTo(simplified);
		assertThat(SEEDS.read("鋰電池").mentions()).singleElement()
			.satisfies((mention) -> assertThat(mention.surface()).isEqualTo("锂电池"));
	}

	@Test
	void synonymsMapToTheirConcept() {
		assertThat(names(SEEDS.read("主营锂离子电池组"))).containsExactly("锂电池");
		assertThat(names(SEEDS.read("主营锂电"))).containsExactly("锂电池");
		assertThat(names(SEEDS.read("Lithium Battery 生产"))).containsExactly("锂电池");
		assertThat(names(SEEDS.read("醫療設備"))).containsExactly("医疗器械");
		assertThat(names(SEEDS.read("ＢＭＳ算法"))).containsExactly("电池管理系统");
		assertThat(SEEDS.concept("锂离子电池")).isSameAs(SEEDS.concept("锂电池"));
		// the mention keeps how the text wrote it, for the reasons
		assertThat(SEEDS.read("主营锂电").mentions()).singleElement()
			.satisfies((mention) -> assertThat(mention.surface()).isEqualTo("锂电"));
	}

	@Test
	void fullWidthAndUpperCaseAreFolded() {
		assertThat(names(SEEDS.read("ＡＬＵＭＩＮＵＭ ＰＲＯＦＩＬＥ"))).containsExactly("铝型材");
		assertThat(names(SEEDS.read("研发电池管理系统（ＢＭＳ）"))).containsExactly("电池管理系统");
	}

	@Test
	void whatTheFirmMakesIsItsOwnBusinessAndWhatItServesIsContext() {
		// 「X的研发、生产和销售」: X is the firm's product
		assertThat(SEEDS.read("专业从事锂电池的研发、生产和销售").mentions()).singleElement()
			.satisfies((mention) -> assertThat(mention.primary()).as(mention.concept().name()).isTrue());
		assertThat(SEEDS.read("主营铝型材的生产和销售。").mentions()).singleElement()
			.satisfies((mention) -> assertThat(mention.primary()).as(mention.concept().name()).isTrue());
		// 「为X企业提供外观设计」: X is its customers' business
		assertThat(SEEDS.read("为医疗器械企业提供外观设计").mentions())
			.filteredOn((mention) -> mention.concept().name().equals("医疗器械"))
			.singleElement()
			.satisfies((mention) -> assertThat(mention.primary()).isFalse());
	}

	@Test
	void conceptsAreFoundOnWordBoundariesOnly() throws IOException {
		ConceptDictionary dictionary = dictionary(tsv("concept|sei|industryCodes|synonyms", "电池||3849", "压铸||3392"));

		// 锂电池 is 锂|电池, but the analyser keeps 蓄电池 whole
		assertThat(names(dictionary.read("主营锂电池"))).containsExactly("电池");
		assertThat(names(dictionary.read("主营蓄电池"))).isEmpty();
		// 铝合金压铸件 is 铝合金|压|铸件: 压铸 is not a run of its words
		assertThat(names(dictionary.read("铝合金压铸件"))).isEmpty();
		assertThat(names(dictionary.read("铝合金压铸"))).containsExactly("压铸");
	}

	@Test
	void aConceptInsideALongerFoundOneIsOneMention() throws IOException {
		ConceptDictionary dictionary = dictionary(
				tsv("concept|sei|industryCodes|synonyms", "电池||3849", "锂电池|1.2|3841|锂离子电池"));

		Reading reading = dictionary.read("主营锂电池和电池回收");

		assertThat(names(reading)).containsExactly("锂电池", "电池");
		assertThat(reading.mentions()).extracting(Mention::surface).containsExactly("锂电池", "电池");
		// every phrase of the text can still be looked up
		assertThat(reading.keys()).contains("锂电池", "电池", "主营", "回收");
		assertThat(names(dictionary.read("锂离子电池"))).containsExactly("锂电池");
	}

	@Test
	void aConceptMentionedTwiceIsOneMention() throws IOException {
		ConceptDictionary dictionary = dictionary(tsv("concept|sei|industryCodes|synonyms", "锂电池|1.2|3841|锂电"));

		assertThat(dictionary.read("锂电池、锂电和锂电池包").mentions()).singleElement()
			.satisfies((mention) -> assertThat(mention.surface()).isEqualTo("锂电池"));
	}

	@Test
	void rowsCarryCategoriesAndCodesAndCommentsAreSkipped() throws IOException {
		ConceptDictionary dictionary = ConceptDictionary.read(
				new StringReader(tsv("# a comment before the header", "concept|sei|industryCodes|synonyms",
						"## a section", "锂电池|1.2,5.2|3841|锂电，锂离子电池、lithium battery")),
				new StringReader(tsv("code|name|nameEn|industryCodes", "1.2|电子核心产业|Core electronics industry|3841,3985",
						"5.2|新能源汽车装置、配件制造|New energy vehicle devices and parts|384")));

		Concept concept = dictionary.concept("Lithium Battery");
		assertThat(concept).isNotNull();
		assertThat(concept.name()).isEqualTo("锂电池");
		assertThat(concept.categories()).containsExactly("1.2", "5.2");
		assertThat(concept.industryCodes()).containsExactly("3841");
		assertThat(dictionary.concept("锂电")).isSameAs(concept);
		assertThat(dictionary.concept("锂离子电池")).isSameAs(concept);
		assertThat(dictionary.size()).isEqualTo(4);
		// a class belongs to the categories listing it or its group; a group to those
		// listing any of its classes
		assertThat(dictionary.categoriesOf("C3841")).extracting(ConceptDictionary.Category::code)
			.containsExactlyInAnyOrder("1.2", "5.2");
		assertThat(dictionary.categoriesOf("3849")).extracting(ConceptDictionary.Category::code).containsExactly("5.2");
		assertThat(dictionary.categoryCodes(List.of("3985", "8610"))).containsExactly("1.2");
	}

	private static ConceptDictionary dictionary(String concepts) throws IOException {
		return ConceptDictionary.read(new StringReader(concepts),
				new StringReader(tsv("code|name|nameEn|industryCodes")));
	}

	/** Rows of a TSV file, columns separated by | here. */
	private static String tsv(String... rows) {
		StringBuilder tsv = new StringBuilder();
		for (String row : rows) {
			tsv.append(row.replace('|', '\t')).append('\n');
		}
		return tsv.toString();
	}

	private static List<String> names(Reading reading) {
		return reading.mentions().stream().map((mention) -> mention.concept().name()).toList();
	}

}
