package io.duijie.intake.reference;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * GB/T 4754-2017 industry classification codes (国民经济行业分类): a section letter A to T (门类),
 * a 2-digit division (大类), a 3-digit group (中类) or a 4-digit class (小类), the digits
 * optionally preceded by their section letter ({@code C3252} = {@code 3252}, 铝压延加工).
 * Normalised to the digits alone when there are digits, to the letter otherwise; a letter
 * must be the section of the division that follows it.
 */
public final class IndustryCodes {

	private static final Pattern CODE = Pattern.compile("([A-Z])?([0-9]{2,4})?");

	/**
	 * The first and last division (大类) of each section A..T in the 2017 edition: 97
	 * divisions, 01 to 97.
	 */
	private static final int[][] SECTIONS = { { 1, 5 }, { 6, 12 }, { 13, 43 }, { 44, 46 }, { 47, 50 }, { 51, 52 },
			{ 53, 60 }, { 61, 62 }, { 63, 65 }, { 66, 69 }, { 70, 70 }, { 71, 72 }, { 73, 75 }, { 76, 79 }, { 80, 82 },
			{ 83, 83 }, { 84, 85 }, { 86, 90 }, { 91, 96 }, { 97, 97 } };

	private IndustryCodes() {
	}

	/** Why a code is not valid. */
	public enum Problem {

		/** Not a letter and/or 2 to 4 digits. */
		FORMAT("industryCode.format"),
		/** A letter after T, or a division that no section has (00, 98, 99). */
		UNKNOWN("industryCode.unknown"),
		/** The letter is not the section of the division that follows it (e.g. A3252). */
		SECTION_MISMATCH("industryCode.sectionMismatch");

		private final String code;

		Problem(String code) {
			this.code = code;
		}

		/** The message code of this problem. */
		public String code() {
			return this.code;
		}

	}

	/**
	 * What a check found.
	 *
	 * @param normalised the code in its normal form (digits, or the section letter
	 * alone), or {@code null} if invalid
	 * @param problem what is wrong, or {@code null} if valid
	 */
	public record Check(@Nullable String normalised, @Nullable Problem problem) {

		public boolean valid() {
			return this.problem == null;
		}

	}

	public static Check check(String raw) {
		String text = Text.halfWidth(raw).strip().toUpperCase(Locale.ROOT).replace(" ", "");
		Matcher matcher = CODE.matcher(text);
		if (text.isEmpty() || !matcher.matches()) {
			return new Check(null, Problem.FORMAT);
		}
		String letter = matcher.group(1);
		String digits = matcher.group(2);
		int section = (letter != null) ? letter.charAt(0) - 'A' : -1;
		if (section >= SECTIONS.length) {
			return new Check(null, Problem.UNKNOWN);
		}
		if (digits == null) {
			return new Check(letter, null);
		}
		int division = Integer.parseInt(digits.substring(0, 2));
		int owner = sectionOf(division);
		if (owner < 0) {
			return new Check(null, Problem.UNKNOWN);
		}
		if (section >= 0 && section != owner) {
			return new Check(null, Problem.SECTION_MISMATCH);
		}
		return new Check(digits, null);
	}

	/**
	 * The valid codes of a list in their normal form, duplicates dropped (first wins),
	 * invalid ones dropped.
	 */
	public static List<String> normaliseAll(@Nullable List<@Nullable String> codes) {
		if (codes == null) {
			return List.of();
		}
		Set<String> normalised = new LinkedHashSet<>();
		for (String code : codes) {
			if (code != null) {
				String normal = check(code).normalised();
				if (normal != null) {
					normalised.add(normal);
				}
			}
		}
		return List.copyOf(normalised);
	}

	/** The section letter (门类) of a division, e.g. {@code C} for 32. */
	public static @Nullable Character section(int division) {
		int section = sectionOf(division);
		return (section < 0) ? null : (char) ('A' + section);
	}

	private static int sectionOf(int division) {
		for (int i = 0; i < SECTIONS.length; i++) {
			if (division >= SECTIONS[i][0] && division <= SECTIONS[i][1]) {
				return i;
			}
		}
		return -1;
	}

}
