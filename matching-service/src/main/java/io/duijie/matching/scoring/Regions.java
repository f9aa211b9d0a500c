package io.duijie.matching.scoring;

import java.util.List;

/**
 * GB/T 2260 region codes the scorer knows: the Greater Bay Area (粤港澳大湾区: nine Guangdong
 * cities, Hong Kong and Macau) and Guangdong province.
 */
public final class Regions {

	/**
	 * 广州 4401, 深圳 4403, 珠海 4404, 佛山 4406, 江门 4407, 肇庆 4412, 惠州 4413, 东莞 4419, 中山 4420.
	 */
	private static final List<String> GBA_CITY_PREFIXES = List.of("4401", "4403", "4404", "4406", "4407", "4412",
			"4413", "4419", "4420");

	/** 香港特别行政区 810000, 澳门特别行政区 820000. */
	private static final List<String> GBA_SAR_PREFIXES = List.of("81", "82");

	private static final String GUANGDONG = "44";

	/** 清远 borders the GBA (广州, 佛山, 肇庆). */
	private static final String QINGYUAN = "4418";

	private Regions() {
	}

	public static boolean inGreaterBayArea(String code) {
		// loops, not streams: called for every scored pair (see MatchScorer)
		return startsWithAny(code, GBA_CITY_PREFIXES) || startsWithAny(code, GBA_SAR_PREFIXES);
	}

	private static boolean startsWithAny(String code, List<String> prefixes) {
		for (String prefix : prefixes) {
			if (code.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	public static boolean inGuangdong(String code) {
		return code.startsWith(GUANGDONG);
	}

	public static boolean bordersGreaterBayArea(String code) {
		return code.startsWith(QINGYUAN);
	}

	/**
	 * True when {@code region} lies within {@code area}: {@code 440000} (a province)
	 * covers every {@code 44xxxx}, {@code 440600} (a city) every {@code 4406xx}, a
	 * district only itself.
	 */
	public static boolean covers(String area, String region) {
		String prefix = area;
		while (prefix.length() > 2 && prefix.endsWith("00")) {
			prefix = prefix.substring(0, prefix.length() - 2);
		}
		return !prefix.isEmpty() && region.startsWith(prefix);
	}

}
