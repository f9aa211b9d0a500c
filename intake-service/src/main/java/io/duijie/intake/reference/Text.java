package io.duijie.intake.reference;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Small text normalisations used on every submitted field.
 */
public final class Text {

	private Text() {
	}

	/**
	 * Full-width ASCII forms (U+FF01..U+FF5E, as typed with a Chinese input method) to
	 * their ASCII characters, and the ideographic space U+3000 to a space.
	 */
	public static String halfWidth(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				out.append((char) (c - 0xFEE0));
			}
			else if (c == '\u3000') {
				out.append(' ');
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * Stripped of leading and trailing white space (ideographic space included);
	 * {@code null} if blank.
	 */
	public static @Nullable String trimToNull(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	/**
	 * Each entry stripped, blank ones dropped, duplicates dropped (first wins), order
	 * kept.
	 */
	public static List<String> cleanList(@Nullable List<@Nullable String> values) {
		if (values == null) {
			return List.of();
		}
		Set<String> seen = new LinkedHashSet<>();
		for (String value : values) {
			String clean = trimToNull(value);
			if (clean != null) {
				seen.add(clean);
			}
		}
		return List.copyOf(new ArrayList<>(seen));
	}

	/**
	 * True if the text holds at least one CJK unified ideograph (a Chinese character).
	 */
	public static boolean hasHan(String text) {
		return text.codePoints().anyMatch((cp) -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
	}

}
