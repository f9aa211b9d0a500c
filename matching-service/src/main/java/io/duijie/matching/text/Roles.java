package io.duijie.matching.text;

import java.util.List;
import java.util.Set;

import io.duijie.matching.text.ChineseText.Segmented;
import io.duijie.matching.text.ChineseText.Span;
import io.duijie.matching.text.ChineseText.Token;

/**
 * Tells a firm's own business from the context around it in a main-business description.
 * Chinese descriptions name customers and applications after cue words (客户, 供应, 用于, 应用于,
 * 服务于, 面向, 销往, 为…提供): 「磁体主要供应伺服电机厂商」 is a magnet maker, not a motor maker. A verb of the
 * firm's own activity (提供, 生产, 制造, 研发, 从事…) or the end of a clause (，。；：) returns to the
 * firm's business; so do the means it uses (采用, 使用, 利用, 依托, 基于 … a process or material,
 * not the product). And a noun that directly precedes another concept or 的 modifies it
 * (「铝合金」压铸模具 is a mould maker, 「医疗器械」的外观设计 a design service): the head comes last.
 */
final class Roles {

	private static final Set<String> CUES = Set.of("客户", "用户", "供应", "供货", "用于", "销", "销往", "面向", "下游", "配套", "服务于",
			"适用", "适用于", "帮助",
			// the means, not the product: 采用…工艺, 使用…材料
			"采用", "使用", "利用", "依托", "基于");

	/** Cue words that are cues only before 于: 应用于, 服务于. */
	private static final Set<String> BEFORE_YU = Set.of("应用", "服务", "用", "适用");

	private static final Set<String> RESETS = Set.of("提供", "生产", "制造", "研发", "研制", "从事", "主营", "专注", "开发", "设计", "加工",
			"经营", "运营", "建设");

	/** 「医疗器械」的外观设计, 「新能源汽车」用铝合金型材: what precedes these modifies what follows. */
	private static final Set<String> MODIFIER_MARKS = Set.of("的", "用", "专用");

	/** What a firm does with its product: 锂电池的研发、生产和销售. */
	private static final Set<String> ACTIVITIES = Set.of("生产", "研发", "制造", "研制", "加工", "销售", "开发", "设计", "研究", "经营",
			"制备", "应用", "组装", "装配");

	private static final Set<String> LIST_WORDS = Set.of("和", "与", "及", "以及");

	private static final String CLAUSE_ENDS = "，,。.；;：:！!？?\\n()（）";

	private Roles() {
	}

	/**
	 * For each token, whether it lies in the firm's own business.
	 * @param inConcept tokens that are part of a dictionary concept, never cues (供应 in
	 * 供应链金融)
	 */
	static boolean[] primary(Segmented text, boolean[] inConcept) {
		List<Token> tokens = text.tokens();
		boolean[] primary = new boolean[tokens.size()];
		boolean own = true;
		for (int i = 0; i < tokens.size(); i++) {
			String word = tokens.get(i).text();
			if (i > 0 && endsClause(text.normalized(), tokens.get(i - 1).end(), tokens.get(i).start())) {
				own = true;
			}
			if (inConcept[i]) {
				// part of a concept: neither a cue nor a reset
			}
			else if (CUES.contains(word) || (word.equals("于") && i > 0 && BEFORE_YU.contains(tokens.get(i - 1).text()))
					|| (word.equals("为") && providesLater(text, i))) {
				own = false;
			}
			else if (RESETS.contains(word)) {
				own = true;
			}
			primary[i] = own;
		}
		return primary;
	}

	/**
	 * True when the span is directly followed by another found concept or by 的 (用), or is
	 * one of a list that is («消费电子、小家电和医疗器械的外观设计»).
	 */
	static boolean modifies(Span span, List<Span> found, Segmented text) {
		List<Token> tokens = text.tokens();
		int next = span.to();
		if (next >= tokens.size()) {
			return false;
		}
		String gap = text.normalized().substring(tokens.get(next - 1).end(), tokens.get(next).start());
		if (gap.isEmpty() && MODIFIER_MARKS.contains(tokens.get(next).text())) {
			// 铝型材的生产和销售 is still what the firm makes: 的 before an activity is no modifier
			return next + 1 >= tokens.size() || !ACTIVITIES.contains(tokens.get(next + 1).text());
		}
		if (gap.isEmpty() && found.stream().anyMatch((other) -> other.from() == next)) {
			return true;
		}
		// a list item: 、 or 和/与/及 then the next item, which decides for the list
		boolean listed = gap.equals("、");
		int item = next;
		if (gap.isEmpty() && LIST_WORDS.contains(tokens.get(next).text()) && next + 1 < tokens.size()) {
			listed = true;
			item = next + 1;
		}
		if (!listed) {
			return false;
		}
		int from = item;
		return found.stream()
			.filter((other) -> other.from() == from && found.stream().noneMatch(other::within))
			.anyMatch((other) -> modifies(other, found, text));
	}

	private static boolean endsClause(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** 为 opens a customer («为整机厂提供…») only when 提供 follows in the clause. */
	private static boolean providesLater(Segmented text, int at) {
		List<Token> tokens = text.tokens();
		for (int i = at + 1; i < tokens.size(); i++) {
			if (endsClause(text.normalized(), tokens.get(i - 1).end(), tokens.get(i).start())) {
				return false;
			}
			if (tokens.get(i).text().equals("提供")) {
				return true;
			}
		}
		return false;
	}

}
