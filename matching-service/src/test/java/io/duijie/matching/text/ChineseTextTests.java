package io.duijie.matching.text;

import java.util.List;

import io.duijie.matching.text.ChineseText.Segmented;
import io.duijie.matching.text.ChineseText.Span;
import io.duijie.matching.text.ChineseText.Token;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseTextTests {

	@Test
	void normalisationFoldsWidthScriptAndCase() {
		assertThat(ChineseText.normalize("  ＢＭＳ（电池管理）１２３ ")).isEqualTo("bms(电池管理)123");
		assertThat(ChineseText.normalize("鋰電池")).isEqualTo("锂电池");
		assertThat(ChineseText.normalize("醫療器械")).isEqualTo("医疗器械");
		assertThat(ChineseText.normalize("檢測認證，機械人")).isEqualTo("检测认证,机械人");
		// Simplified text is left as it is
		assertThat(ChineseText.normalize("主营铝型材")).isEqualTo("主营铝型材");
	}

	@Test
	void segmentationSplitsWordsAndKeepsTheirOffsetsInTheNormalisedText() {
		Segmented segmented = ChineseText.segment("主營鋰電池");

		assertThat(segmented.normalized()).isEqualTo("主营锂电池");
		assertThat(segmented.tokens()).extracting(Token::text).containsExactly("主营", "锂", "电池");
		for (Token token : segmented.tokens()) {
			assertThat(segmented.normalized().substring(token.start(), token.end())).isEqualTo(token.text());
		}
	}

	@Test
	void aPhraseHasTheSameKeyWhateverItsScriptWidthOrSpacing() {
		assertThat(ChineseText.key("锂电池")).isEqualTo("锂电池")
			.isEqualTo(ChineseText.key("鋰電池"))
			.isEqualTo(ChineseText.key("锂 电池"));
		assertThat(ChineseText.key("ＢＭＳ")).isEqualTo(ChineseText.key("bms")).isEqualTo(ChineseText.key("BMS"));
		assertThat(ChineseText.key("Lithium Battery")).isEqualTo(ChineseText.key("lithium  battery"));
		assertThat(ChineseText.key("，。")).isEmpty();
	}

	@Test
	void spansRunOverAdjacentWordsButNeverAcrossPunctuation() {
		List<String> keys = ChineseText.segment("铝型材、铝合金挤压").spans(16).stream().map(Span::key).toList();

		assertThat(keys).contains("铝型材", "铝合金", "挤压", "铝合金挤压").doesNotContain("铝型材铝合金", "铝型材、铝合金");
	}

	@Test
	void spansJoinWordsSeparatedBySpacesAndStopAtTheLongestPhrase() {
		Segmented segmented = ChineseText.segment("lithium battery pack");
		List<Span> spans = segmented.spans(16);

		assertThat(spans).extracting(Span::key).contains(ChineseText.key("lithium battery"));
		assertThat(spans).filteredOn((span) -> span.key().equals(ChineseText.key("lithium battery")))
			.singleElement()
			.satisfies((span) -> assertThat(span.surface()).isEqualTo("lithium battery"));
		assertThat(ChineseText.segment("主营锂电池").spans(3)).extracting(Span::key)
			.containsExactlyInAnyOrder("主营", "主营锂", "锂", "锂电池", "电池");
	}

}
