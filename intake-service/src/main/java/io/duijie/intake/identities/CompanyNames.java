package io.duijie.intake.identities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;
import io.duijie.contracts.IdentityType;
import io.duijie.intake.reference.CreditCodes;
import io.duijie.intake.reference.Text;

/**
 * Company names reduced to what tells one company from another, so that the same company
 * entered in Simplified, Traditional or English names compares equal.
 * <ul>
 * <li>Chinese: full-width made half-width, Traditional made Simplified (ICU's
 * {@code Hant-Hans}), punctuation, spaces and bracketed places ({@code （深圳）}) dropped,
 * region prefixes ({@code 中国}, {@code 广东省}, {@code 深圳市}, {@code 香港}, a two-character
 * city, district or county such as {@code 南海区}) and legal forms ({@code 股份有限公司},
 * {@code 有限责任公司}, {@code 有限公司}, {@code 公司}, {@code 集团}, {@code 控股}) stripped:
 * {@code 深圳市大疆創新科技有限公司} → {@code 大疆创新科技}.</li>
 * <li>English: lower case, accents and punctuation dropped, {@code &} read as
 * {@code and}, legal forms at the end ({@code Co., Ltd.}, {@code Limited}, {@code Inc.},
 * {@code Corp.}, {@code Holdings}, {@code Group} …) and places at either end ({@code SZ},
 * {@code Shenzhen}, {@code Hong Kong}, {@code HK}, {@code Macau}, {@code China} …)
 * stripped: {@code SZ DJI Technology Co., Ltd.} → {@code dji technology}.</li>
 * </ul>
 * A name with any Han character is Chinese, else English; the two are never compared with
 * each other (an English name meets a Chinese one through a profile's {@code nameEn}, or
 * through the registration). A name that is nothing but a legal form and places keeps its
 * cleaned form rather than becoming empty.
 */
final class CompanyNames {

	private static final ThreadLocal<Transliterator> TO_SIMPLIFIED = ThreadLocal
		.withInitial(() -> Transliterator.getInstance("Hant-Hans"));

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	/** A bracketed place: up to four Han characters, e.g. （深圳）, (香港), （广州市）. */
	private static final Pattern BRACKETED_PLACE = Pattern.compile("[(（\\[【]\\p{IsHan}{2,4}[)）\\]】]");

	private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}\\s·]+");

	/** Longest first. */
	private static final List<String> CHINESE_PREFIXES = List.of("中华人民共和国", "香港特别行政区", "澳门特别行政区", "广东省", "中国", "广东",
			"香港", "澳门", "深圳市", "广州市", "东莞市", "佛山市", "珠海市", "中山市", "惠州市", "江门市", "肇庆市", "清远市", "深圳", "广州", "东莞", "佛山",
			"珠海", "中山", "惠州", "江门", "肇庆", "清远");

	/** Another two-character city, district or county at the start, e.g. 南海区. */
	private static final Pattern CHINESE_PLACE = Pattern.compile("^\\p{IsHan}{2}[市区县]");

	/** Longest first. */
	private static final List<String> CHINESE_FORMS = List.of("股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "股份公司", "公司", "集团",
			"控股");

	private static final Set<String> ENGLISH_FORMS = Set.of("co", "company", "ltd", "limited", "inc", "incorporated",
			"corp", "corporation", "llc", "plc", "holdings", "holding", "group", "intl", "international", "lda",
			"limitada", "sa", "cia");

	private static final Set<String> ENGLISH_PLACES = Set.of("sz", "shenzhen", "gz", "guangzhou", "dg", "dongguan",
			"fs", "foshan", "zh", "zhuhai", "zhongshan", "huizhou", "jiangmen", "zhaoqing", "qingyuan", "hk",
			"hongkong", "macau", "macao", "china", "prc", "guangdong", "gd", "the");

	private CompanyNames() {
	}

	/** Whether a name is written in Chinese (has a Han character). */
	static boolean chinese(String name) {
		return HAN.matcher(name).find();
	}

	/** The comparison form of a Chinese name. */
	static String chineseKey(String name) {
		String s = Text.halfWidth(Normalizer.normalize(name, Normalizer.Form.NFKC));
		s = TO_SIMPLIFIED.get().transliterate(s).toLowerCase(Locale.ROOT);
		s = BRACKETED_PLACE.matcher(s).replaceAll("");
		String cleaned = PUNCTUATION.matcher(s).replaceAll("");
		s = cleaned;
		for (boolean changed = true; changed;) {
			changed = false;
			for (String prefix : CHINESE_PREFIXES) {
				if (s.startsWith(prefix) && meaningful(s.substring(prefix.length()))) {
					s = s.substring(prefix.length());
					changed = true;
					break;
				}
			}
			if (!changed && CHINESE_PLACE.matcher(s).find() && meaningful(s.substring(3))) {
				s = s.substring(3);
				changed = true;
			}
		}
		String core = withoutForms(s);
		return core.isEmpty() ? cleaned : core;
	}

	/** Whether a name without its region prefix still names something: two characters. */
	private static boolean meaningful(String rest) {
		String core = withoutForms(rest);
		return core.length() >= 2 && !CHINESE_FORMS.contains(core);
	}

	/** Legal forms stripped from the end; a name that is only a legal form is kept. */
	private static String withoutForms(String name) {
		String s = name;
		for (boolean changed = true; changed && !CHINESE_FORMS.contains(s);) {
			changed = false;
			for (String form : CHINESE_FORMS) {
				if (s.endsWith(form) && s.length() > form.length()) {
					s = s.substring(0, s.length() - form.length());
					changed = true;
					break;
				}
			}
		}
		return s;
	}

	/** The comparison form of an English (or other Latin-script) name. */
	static String englishKey(String name) {
		String s = Normalizer.normalize(Text.halfWidth(name), Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replace("&", " and ")
			.replace("'", "")
			.replaceAll("\\bs\\.\\s?a\\.?", " sa ")
			.replaceAll("hong\\s+kong", "hongkong")
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
		List<String> all = Arrays.asList(s.split(" "));
		List<String> tokens = new ArrayList<>(all);
		while (tokens.size() > 1 && (ENGLISH_FORMS.contains(tokens.get(tokens.size() - 1))
				|| ENGLISH_PLACES.contains(tokens.get(tokens.size() - 1))
				|| tokens.get(tokens.size() - 1).equals("and"))) {
			tokens.remove(tokens.size() - 1);
		}
		while (tokens.size() > 1 && ENGLISH_PLACES.contains(tokens.get(0))) {
			tokens.remove(0);
		}
		return String.join(" ", tokens);
	}

	/**
	 * The index key of a name: {@code name:<Chinese form>} or {@code en:<English form>};
	 * empty for a blank name.
	 */
	static String key(String name) {
		if (name.isBlank()) {
			return "";
		}
		return chinese(name) ? "name:" + chineseKey(name) : "en:" + englishKey(name);
	}

	/**
	 * The index key of a registration: {@code reg:<type>:<number>}, a Hong Kong or Macau
	 * number without its leading zeros (CR No. 0263876 and 263876 are one company).
	 */
	static String registrationKey(IdentityType type, String creditCode) {
		String code = CreditCodes.normalise(creditCode);
		if (type != IdentityType.USCC) {
			String digits = code.replaceFirst("^0+(?=.)", "");
			return "reg:" + type.name() + ":" + digits;
		}
		return "reg:" + type.name() + ":" + code;
	}

}
