package io.duijie.matching.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WeightedUnionTests {

	@Test
	void aMemberWeighsTheSumOfItsPostingsAndTheHeaviestComeFirst() {
		WeightedUnion union = new WeightedUnion(4);
		union.add(new long[] { 3, 7, 12 }, 0.3);
		union.add(new long[] { 7, 12 }, 0.1);
		union.add(new long[] { 12, 40 }, 0.05);

		assertThat(union.size()).isEqualTo(4);
		// 12: 0.45, 7: 0.4, 3: 0.3, 40: 0.05
		assertThat(union.best()).containsExactly(12, 7, 3, 40);
	}

	@Test
	void equalWeightsComeOldestFirst() {
		WeightedUnion union = new WeightedUnion(4);
		union.add(new long[] { 9, 2, 30, 5 }, 0.2);

		assertThat(union.best()).containsExactly(2, 5, 9, 30);
	}

	@Test
	void anEmptyPostingAddsNothing() {
		WeightedUnion union = new WeightedUnion(4);
		union.add(new long[] {}, 1.0);

		assertThat(union.size()).isZero();
		assertThat(union.best()).isEmpty();
	}

	@Test
	void itGrowsAndAgreesWithAMapOfSums() {
		Random random = new Random(7);
		WeightedUnion union = new WeightedUnion(2);
		Map<Long, Double> sums = new HashMap<>();
		for (int posting = 0; posting < 40; posting++) {
			double weight = 0.05 * (1 + random.nextInt(6));
			long[] members = random.longs(1 + random.nextInt(500), 1, 5_000).distinct().toArray();
			union.add(members, weight);
			for (long member : members) {
				sums.merge(member, weight, Double::sum);
			}
		}

		long[] best = union.best();
		assertThat(best).hasSize(sums.size());
		for (int i = 1; i < best.length; i++) {
			double before = sums.get(best[i - 1]);
			double after = sums.get(best[i]);
			assertThat((float) before).isGreaterThanOrEqualTo((float) after);
			if ((float) before == (float) after) {
				assertThat(best[i - 1]).isLessThan(best[i]);
			}
		}
	}

	@Test
	void aMemberThatIsNotADocumentNumberIsRefused() {
		WeightedUnion union = new WeightedUnion(4);

		assertThatIllegalArgumentException().isThrownBy(() -> union.add(new long[] { 0 }, 1.0));
		assertThatIllegalArgumentException().isThrownBy(() -> union.add(new long[] { 1L << 31 }, 1.0));
	}

}
