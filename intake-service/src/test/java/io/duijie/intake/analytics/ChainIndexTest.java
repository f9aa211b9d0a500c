package io.duijie.intake.analytics;

import java.util.List;

import io.duijie.contracts.MatchReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The missing link is read from the reasons as matching-service's MatchScorer words them.
 */
class ChainIndexTest {

	@Test
	void theChainGapReasonNamesTheMissingLink() {
		MatchReason gap = new MatchReason("chain", 0.15, "补链：企业可填补清远高新区新材料产业集群尚缺的上游环节「铝锭熔铸」",
				"Fills a gap in Qingyuan New materials's chain: the upstream link 铝锭熔铸 has no resident firm yet");
		assertThat(ChainIndex.gapLink(List.of(new MatchReason("region", 0.1, "同在清远", "Same city"), gap)))
			.isEqualTo("铝锭熔铸");
	}

	@Test
	void theEnglishTextIsReadWhenTheChineseIsNotAsExpected() {
		MatchReason gap = new MatchReason("chain", 0.15, "补链",
				"Fills a gap in New materials's chain: the midstream link Die casting has no resident firm yet");
		assertThat(ChainIndex.gapLink(List.of(gap))).isEqualTo("Die casting");
	}

	@Test
	void strengtheningAFilledLinkOrAnotherFactorNamesNoGap() {
		MatchReason strengthens = new MatchReason("chain", 0.1, "强链：企业与清远高新区新材料产业集群中游环节「铝型材挤压」的示例华豪铝业等企业配套",
				"Strengthens New materials's chain: joins 示例华豪铝业 and others in the midstream link 铝型材挤压");
		MatchReason keywords = new MatchReason("keywords", 0.3, "补链：尚缺的上游环节「铝锭熔铸」", "x");
		assertThat(ChainIndex.gapLink(List.of(strengthens, keywords))).isNull();
	}

}
