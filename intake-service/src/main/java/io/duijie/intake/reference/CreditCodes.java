package io.duijie.intake.reference;

import java.util.Locale;
import java.util.regex.Pattern;

import io.duijie.contracts.IdentityType;
import org.jspecify.annotations.Nullable;

/**
 * Checks an enterprise identifier in the register its {@link IdentityType} names.
 * <ul>
 * <li>{@link IdentityType#USCC}: 统一社会信用代码, GB 32100-2015. 18 characters from
 * {@code 0-9 A-H J-N P-R T U W-Y} (no I, O, Z, S, V); characters 3 to 8 are the GB/T 2260
 * code of the registering authority (digits); the 18th is a check character:
 * {@code 31 - (Σ value(cᵢ)·wᵢ mod 31)}, 31 written as 0, with weights
 * {@code 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28} (3ⁱ mod 31).</li>
 * <li>{@link IdentityType#HK_CR}: a Hong Kong registration: a Companies Registry number
 * (公司註冊編號, CR No.: 1 to 8 digits, issued in sequence since the 1860s, so the oldest
 * companies have short ones, often written with leading zeros such as {@code 0000263}),
 * or a Business Registration number (商業登記號碼, BR No.: 8 digits, the first 8 of the number
 * printed on a Business Registration Certificate, e.g. {@code 12345678} of
 * {@code 12345678-000-06-25-A}). Both are digits only; the certificate's full number is
 * refused so that one registration is written one way.</li>
 * <li>{@link IdentityType#MO_CR}: a Macau commercial registration number (商業登記編號, número
 * de registo of the Conservatória dos Registos Comercial e de Bens Móveis): 1 to 8
 * digits, without the book letters ({@code SO} for companies) the certificate prints
 * beside it.</li>
 * </ul>
 * Leading zeros are kept (the identifier is written as given); duplicates whose numbers
 * differ only by them are found by {@code identities}. Input is normalised first:
 * trimmed, full-width characters made half-width, upper case.
 */
public final class CreditCodes {

	/** The 31 characters of a USCC, in the order of their values 0..30. */
	static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final Pattern HK_CR = Pattern.compile("[0-9]{1,8}");

	private static final Pattern MO_CR = Pattern.compile("[0-9]{1,8}");

	private CreditCodes() {
	}

	/** Why an identifier is not valid. */
	public enum Problem {

		/** A USCC that is not 18 characters long. */
		LENGTH("creditCode.length"),
		/**
		 * A USCC with a character outside its 31-character set (such as I, O, Z, S, V).
		 */
		CHARSET("creditCode.charset"),
		/**
		 * A USCC whose characters 3 to 8 (the registering authority's region code) are
		 * not digits.
		 */
		FORMAT("creditCode.format"),
		/** A USCC whose 18th character is not the check character of the first 17. */
		CHECK_DIGIT("creditCode.checkDigit"),
		/**
		 * Not a Hong Kong Companies Registry number (1 to 8 digits) or Business
		 * Registration number (8 digits).
		 */
		HK_CR("creditCode.hkCr"),
		/** Not a Macau commercial registration number. */
		MO_CR("creditCode.moCr");

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
	 * @param normalised the identifier after normalisation
	 * @param problem what is wrong with it, or {@code null} if it is valid
	 */
	public record Check(String normalised, @Nullable Problem problem) {

		public boolean valid() {
			return this.problem == null;
		}

	}

	/** Trimmed, full-width characters made half-width, upper case. */
	public static String normalise(String raw) {
		return Text.halfWidth(raw).strip().toUpperCase(Locale.ROOT);
	}

	public static Check check(String raw, IdentityType type) {
		String code = normalise(raw);
		return new Check(code, problem(code, type));
	}

	private static @Nullable Problem problem(String code, IdentityType type) {
		if (type == IdentityType.HK_CR) {
			return HK_CR.matcher(code).matches() ? null : Problem.HK_CR;
		}
		if (type == IdentityType.MO_CR) {
			return MO_CR.matcher(code).matches() ? null : Problem.MO_CR;
		}
		if (code.length() != 18) {
			return Problem.LENGTH;
		}
		for (int i = 0; i < code.length(); i++) {
			if (CHARSET.indexOf(code.charAt(i)) < 0) {
				return Problem.CHARSET;
			}
		}
		for (int i = 2; i < 8; i++) {
			if (!Character.isDigit(code.charAt(i))) {
				return Problem.FORMAT;
			}
		}
		return (checkCharacter(code.substring(0, 17)) == code.charAt(17)) ? null : Problem.CHECK_DIGIT;
	}

	/**
	 * The GB 32100-2015 check character of the first 17 characters of a USCC.
	 * @param first17 17 characters from the USCC character set
	 * @throws IllegalArgumentException if it is not 17 such characters
	 */
	public static char checkCharacter(String first17) {
		if (first17.length() != 17) {
			throw new IllegalArgumentException("A USCC has 17 characters before its check character");
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = CHARSET.indexOf(first17.charAt(i));
			if (value < 0) {
				throw new IllegalArgumentException("Not a USCC character: " + first17.charAt(i));
			}
			sum += value * WEIGHTS[i];
		}
		int check = 31 - (sum % 31);
		return CHARSET.charAt((check == 31) ? 0 : check);
	}

}
