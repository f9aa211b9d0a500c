package io.duijie.matching.scoring;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The most each factor can add to a score ({@code duijie.matching.weights.*}). A factor
 * contributes its weight times how well it holds (0..1); the score is the sum of the
 * contributions, and when the sum passes 1 every contribution is scaled down by the same
 * ratio so that they still sum to the score. The README works one example through.
 *
 * @param industryClass GB/T 4754 codes in the same 4-digit class (小类)
 * @param industryGroup the same 3-digit group (中类)
 * @param industryDivision the same 2-digit division (大类)
 * @param inferred how much an industry code inferred from the main business counts,
 * relative to a code the enterprise gave
 * @param keywordFirst the first of the partner's keywords (or a fund's sectors) the
 * enterprise mentions
 * @param keywordFurther each further keyword mentioned
 * @param keywordsMax all keywords together at most
 * @param category the same strategic emerging industries category (战略性新兴产业分类 2018)
 * @param chainGap the enterprise fills a link of the cluster's chain no resident fills
 * (补链)
 * @param chainStrengthen the enterprise joins a link residents already fill (强链)
 * @param research an R&amp;D need meets an institution's research area (research named
 * only in the main business counts half)
 * @param region a Greater Bay Area firm and a park in Guangdong, or a fund investing
 * where the firm is
 * @param label a label parks and funds look for (高新技术企业, 专精特新 …)
 * @param space the space fits the area needed
 * @param carrierStage the carrier's rung (众创空间 → 孵化器 → 加速器 → 科技园区) suits the enterprise's
 * stage
 * @param size the space suits the enterprise's size
 * @param ticket the funding needed lies within the fund's ticket
 * @param stage the enterprise's stage is one the fund invests in
 */
public record Weights(@DefaultValue("0.30") double industryClass, @DefaultValue("0.20") double industryGroup,
		@DefaultValue("0.10") double industryDivision, @DefaultValue("0.8") double inferred,
		@DefaultValue("0.30") double keywordFirst, @DefaultValue("0.05") double keywordFurther,
		@DefaultValue("0.40") double keywordsMax, @DefaultValue("0.10") double category,
		@DefaultValue("0.15") double chainGap, @DefaultValue("0.05") double chainStrengthen,
		@DefaultValue("0.30") double research, @DefaultValue("0.15") double region, @DefaultValue("0.05") double label,
		@DefaultValue("0.15") double space, @DefaultValue("0.10") double carrierStage,
		@DefaultValue("0.05") double size, @DefaultValue("0.10") double ticket, @DefaultValue("0.05") double stage) {

	/** The defaults, as documented in the README. */
	public static final Weights DEFAULTS = new Weights(0.30, 0.20, 0.10, 0.8, 0.30, 0.05, 0.40, 0.10, 0.15, 0.05, 0.30,
			0.15, 0.05, 0.15, 0.10, 0.05, 0.10, 0.05);

}
