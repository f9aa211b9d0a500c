package io.duijie.matching.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Normalises and segments text. {@link #normalize} folds full-width forms (NFKC), turns
 * Traditional script into Simplified (ICU's {@code Traditional-Simplified}
 * transliterator, so that a Hong Kong firm's 鋰電池 is the 锂电池 of a Shenzhen one) and
 * lower-cases Latin letters. {@link #tokens} segments with Lucene's
 * {@link SmartChineseAnalyzer} (a hidden Markov model over a large word dictionary;
 * English words are stemmed). Thread-safe.
 */
public final class ChineseText {

	private static final ThreadLocal<Transliterator> TO_SIMPLIFIED = ThreadLocal
		.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

	private static final Analyzer ANALYZER = new SmartChineseAnalyzer();

	private ChineseText() {
	}

	/** NFKC, Traditional → Simplified, lower case, trimmed. */
	public static String normalize(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
		return TO_SIMPLIFIED.get().transliterate(folded).toLowerCase(Locale.ROOT).strip();
	}

	/** A text normalised and segmented into words. */
	public static Segmented segment(String text) {
		String normalized = normalize(text);
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = ANALYZER.tokenStream("text", normalized)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Segmented(normalized, tokens);
	}

	/**
	 * The key under which a phrase is looked up: its words joined, so that the same
	 * phrase typed with other spacing, width or script has the same key.
	 */
	public static String key(String phrase) {
		StringBuilder key = new StringBuilder();
		segment(phrase).tokens().forEach((token) -> key.append(token.text()));
		return key.toString();
	}

	/**
	 * A normalised text and its words.
	 *
	 * @param normalized the text after {@link #normalize}
	 * @param tokens its words in order
	 */
	public record Segmented(String normalized, List<Token> tokens) {

		/**
		 * Every run of adjacent words (separated by nothing or by spaces only, never by
		 * punctuation) up to {@code maxLength} characters, by its key. A phrase occurs in
		 * the text exactly when its key is among these: it must begin and end on word
		 * boundaries, so 电池 is found in 锂电池 only if the analyser split 锂 from 电池.
		 */
		public List<Span> spans(int maxLength) {
			List<Span> spans = new ArrayList<>();
			for (int i = 0; i < this.tokens.size(); i++) {
				StringBuilder key = new StringBuilder();
				for (int j = i; j < this.tokens.size(); j++) {
					Token token = this.tokens.get(j);
					if (j > i && !this.normalized.substring(this.tokens.get(j - 1).end(), token.start()).isBlank()) {
						break;
					}
					key.append(token.text());
					if (key.length() > maxLength) {
						break;
					}
					spans.add(new Span(key.toString(), i, j + 1,
							this.normalized.substring(this.tokens.get(i).start(), token.end())));
				}
			}
			return spans;
		}

	}

	/**
	 * A run of words.
	 *
	 * @param key the words joined
	 * @param from index of its first word
	 * @param to index after its last word
	 * @param surface the run as written (normalised)
	 */
	public record Span(String key, int from, int to, String surface) {

		boolean within(Span other) {
			return other.from <= this.from && this.to <= other.to && (other.to - other.from) > (this.to - this.from);
		}

	}

	/**
	 * One word of a segmented text.
	 *
	 * @param text the word (normalised; English words stemmed)
	 * @param start offset of its first character in the normalised text
	 * @param end offset after its last character
	 */
	public record Token(String text, int start, int end) {
	}

}
