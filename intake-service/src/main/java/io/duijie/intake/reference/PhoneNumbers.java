package io.duijie.intake.reference;

import java.util.regex.Pattern;

/**
 * Phone numbers a contact may give: a mainland mobile ({@code 1[3-9]} and 9 more digits),
 * a mainland landline (area code and 7 or 8 digits, e.g. {@code 0763-3888888}), either
 * optionally with {@code +86} or {@code 0086}; a Hong Kong ({@code +852}) or Macau
 * ({@code +853}) number of 8 digits. Spaces, hyphens, dots and parentheses are ignored.
 */
public final class PhoneNumbers {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()]");

	private static final Pattern MAINLAND_MOBILE = Pattern.compile("(?:\\+86|0086)?1[3-9][0-9]{9}");

	private static final Pattern MAINLAND_LANDLINE = Pattern.compile("(?:0|\\+86|0086)[1-9][0-9]{1,2}[0-9]{7,8}");

	private static final Pattern HONG_KONG_MACAU = Pattern.compile("(?:\\+|00)85[23][0-9]{8}");

	private PhoneNumbers() {
	}

	public static boolean isValid(String phone) {
		String digits = SEPARATORS.matcher(Text.halfWidth(phone).strip()).replaceAll("");
		return MAINLAND_MOBILE.matcher(digits).matches() || MAINLAND_LANDLINE.matcher(digits).matches()
				|| HONG_KONG_MACAU.matcher(digits).matches();
	}

}
