package io.duijie.matching.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.ibm.icu.text.Transliterator;
import io.duijie.contracts.EnterpriseProfile;
import io.duijie.contracts.EnterpriseSize;
import io.duijie.contracts.MatchReason;
import io.duijie.contracts.Needs;
import io.duijie.contracts.Stage;
import io.duijie.matching.text.ConceptDictionary;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of every score over the seed data: each enterprise of
 * {@code seeds/enterprises.json}, in every stage and size, against every counterpart and
 * investor of the seeds.
 */
class SeedPairsTests {

	private static final ConceptDictionary DICTIONARY = ConceptDictionary.load();

	private final ProfileReader reader = new ProfileReader(DICTIONARY);

	private final MatchScorer scorer = new MatchScorer(Weights.DEFAULTS, DICTIONARY);

	@Test
	void everyScoreIsAtMostOneAndItsContributionsSumToItAndRankingComputesTheSameValue() {
		List<PartnerFeatures> partners = partners();
		List<Stage> stages = new ArrayList<>(Arrays.asList(Stage.values()));
		stages.add(null);
		List<EnterpriseSize> sizes = new ArrayList<>(Arrays.asList(EnterpriseSize.values()));
		sizes.add(null);
		int scored = 0;
		int matches = 0;
		for (EnterpriseProfile seed : SeedProfiles.enterprises()) {
			for (Stage stage : stages) {
				for (EnterpriseSize size : sizes) {
					EnterpriseFeatures enterprise = this.reader.read(variant(seed, stage, size));
					for (PartnerFeatures partner : partners) {
						Score score = this.scorer.score(enterprise, partner);
						ScoreAssertions.assertWellFormed(score);
						// ranking scores without explanations: the same value to the last
						// bit
						assertThat(this.scorer.value(enterprise, partner)).as("%s ~ %s", seed.name(), partner.name())
							.isEqualTo(score.reaches(0) ? score.value() : -1);
						scored++;
						matches += score.reaches(0.3) ? 1 : 0;
					}
				}
			}
		}
		assertThat(scored)
			.isEqualTo(SeedProfiles.enterprises().size() * stages.size() * sizes.size() * partners.size());
		// the seeds are meant to match: the loop is not over empty scores only
		assertThat(matches).isGreaterThan(scored / 10);
	}

	@Test
	void aHongKongFirmWritingInTraditionalScriptScoresLikeItsSimplifiedTwin() {
		Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
		List<PartnerFeatures> partners = partners();
		for (EnterpriseProfile seed : SeedProfiles.enterprises()) {
			EnterpriseProfile traditional = new EnterpriseProfile(seed.name(), seed.nameEn(), seed.creditCode(),
					seed.identityType(), seed.region(), seed.industryCodes(),
					toTraditional.transliterate(seed.description()), seed.stage(), seed.tags(),
					new Needs(seed.needs().landAreaM2(), seed.needs().factoryAreaM2(), seed.needs().fundingCny(),
							seed.needs().rdTopics().stream().map(toTraditional::transliterate).toList(),
							seed.needs().powerKva(), seed.needs().maxRentCnyPerM2Month()),
					seed.contact(), seed.ownerStaffId(), seed.size());
			assertThat(traditional.description()).isNotEqualTo(seed.description());
			EnterpriseFeatures simplifiedFeatures = this.reader.read(seed);
			EnterpriseFeatures traditionalFeatures = this.reader.read(traditional);
			assertThat(traditionalFeatures.inferredCodes()).isEqualTo(simplifiedFeatures.inferredCodes());
			for (PartnerFeatures partner : partners) {
				Score simplified = this.scorer.score(simplifiedFeatures, partner);
				Score inTraditional = this.scorer.score(traditionalFeatures, partner);
				assertThat(inTraditional.value()).as("%s ~ %s", seed.name(), partner.name())
					.isEqualTo(simplified.value());
				assertThat(inTraditional.reasons()).extracting(MatchReason::factor)
					.isEqualTo(simplified.reasons().stream().map(MatchReason::factor).toList());
			}
		}
	}

	private List<PartnerFeatures> partners() {
		return Stream
			.concat(SeedProfiles.counterparts().stream().map(this.reader::read),
					SeedProfiles.investors().stream().map(this.reader::read))
			.toList();
	}

	private static EnterpriseProfile variant(EnterpriseProfile seed, @Nullable Stage stage,
			@Nullable EnterpriseSize size) {
		return new EnterpriseProfile(seed.name(), seed.nameEn(), seed.creditCode(), seed.identityType(), seed.region(),
				seed.industryCodes(), seed.description(), stage, seed.tags(), seed.needs(), seed.contact(),
				seed.ownerStaffId(), size);
	}

}
