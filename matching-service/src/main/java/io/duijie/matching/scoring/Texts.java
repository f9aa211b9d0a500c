package io.duijie.matching.scoring;

import java.text.Normalizer;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Text helpers of the scorer: normalisation for substring search (NFKC folds full-width
 * letters, digits and punctuation to half-width; then lower case) and list joining for
 * the reasons.
 */
final class Texts {

	/** Keywords listed in one reason at most; the rest are counted. */
	static final int MAX_LISTED = 5;

	private Texts() {
	}

	static String normalize(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
	}

	/** 「铝型材」「铝合金」 (and 等 N 个 when more than {@link #MAX_LISTED}). */
	static String zhQuoted(List<String> items) {
		StringBuilder text = new StringBuilder();
		items.stream().limit(MAX_LISTED).forEach((item) -> text.append('「').append(item).append('」'));
		if (items.size() > MAX_LISTED) {
			text.append("等 ").append(items.size()).append(" 个");
		}
		return text.toString();
	}

	/**
	 * "a", "a and b", "a, b and c" (and "and N more" when more than {@link #MAX_LISTED}).
	 */
	static String enJoined(List<String> items) {
		List<String> listed = items.stream().limit(MAX_LISTED).toList();
		int more = items.size() - listed.size();
		if (more > 0) {
			return String.join(", ", listed) + " and " + more + " more";
		}
		if (listed.size() == 1) {
			return listed.get(0);
		}
		return String.join(", ", listed.subList(0, listed.size() - 1)) + " and " + listed.get(listed.size() - 1);
	}

	/** 2000 万元, 50 万元, 8000 元. */
	static String zhCny(long cny) {
		if (cny >= 10_000 && cny % 100 == 0) {
			NumberFormat format = NumberFormat.getInstance(Locale.ROOT);
			format.setGroupingUsed(false);
			format.setMaximumFractionDigits(2);
			return format.format(cny / 10_000.0) + " 万元";
		}
		return cny + " 元";
	}

	/** CNY 20,000,000. */
	static String enCny(long cny) {
		return "CNY " + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(cny);
	}

	/** 8,000. */
	static String area(long m2) {
		return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(m2);
	}

}
