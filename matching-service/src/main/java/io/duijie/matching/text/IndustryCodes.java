package io.duijie.matching.text;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * GB/T 4754-2017 industry codes (国民经济行业分类): a section letter optionally followed by a
 * 2-digit division (大类), 3-digit group (中类) or 4-digit class (小类), or the digits alone.
 * Two codes are as close as their common digit prefix: 4 digits the same class, 3 the
 * same group, 2 the same division.
 */
public final class IndustryCodes {

	private IndustryCodes() {
	}

	/** How close two code lists come at best. */
	public record Closest(int level, String enterpriseCode, String partnerCode, String shared) {
	}

	public static @Nullable Closest closest(List<String> enterpriseCodes, List<String> partnerCodes) {
		Closest best = null;
		for (String e : enterpriseCodes) {
			String ed = digits(e);
			for (String p : partnerCodes) {
				String pd = digits(p);
				int common = commonPrefix(ed, pd);
				int level = Math.min(common, 4);
				if (level >= 2 && (best == null || level > best.level())) {
					best = new Closest(level, e, p, ed.substring(0, level));
				}
			}
		}
		return best;
	}

	public static String digits(String code) {
		return (!code.isEmpty() && Character.isLetter(code.charAt(0))) ? code.substring(1) : code;
	}

	private static int commonPrefix(String a, String b) {
		int n = Math.min(a.length(), b.length());
		int i = 0;
		while (i < n && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		return i;
	}

}
