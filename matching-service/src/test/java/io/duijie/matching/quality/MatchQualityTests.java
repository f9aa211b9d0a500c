package io.duijie.matching.quality;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.CounterpartProfile;
import io.duijie.matching.scoring.EnterpriseFeatures;
import io.duijie.matching.scoring.MatchScorer;
import io.duijie.matching.scoring.PartnerFeatures;
import io.duijie.matching.scoring.ProfileReader;
import io.duijie.matching.scoring.SeedProfiles;
import io.duijie.matching.scoring.Weights;
import io.duijie.matching.text.ConceptDictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality gate of the matching engine, on the labelled evaluation set
 * ({@code src/test/resources/evaluation/}, written independently of the dictionary):
 * top-1 cluster accuracy among the labelled park's clusters, and institution hit@3 among
 * the cases that name an institution. Both must reach 0.9. Every miss is printed with the
 * engine's choice and its reasons, so a failure says what to look at.
 */
class MatchQualityTests {

	static final double REQUIRED = 0.9;

	private static final List<Case> cases = new ArrayList<>();

	private static final List<Partner> partners = new ArrayList<>();

	private static MatchScorer scorer;

	@BeforeAll
	static void load() {
		ConceptDictionary dictionary = ConceptDictionary.load();
		ProfileReader reader = new ProfileReader(dictionary);
		scorer = new MatchScorer(Weights.DEFAULTS, dictionary);
		for (CounterpartProfile counterpart : SeedProfiles.counterparts()) {
			partners.add(new Partner(counterpart, reader.read(counterpart)));
		}
		JsonNode evaluation = SeedProfiles.readJson(Path.of("src/test/resources/evaluation/enterprises.json"));
		for (JsonNode node : evaluation) {
			JsonNode expected = node.path("expected");
			EnterpriseFeatures features = reader.read(SeedProfiles.enterprise(node.path("profile")));
			cases.add(new Case(node.path("id").asString(), features, expected.path("park").asString(),
					expected.path("cluster").asString(),
					expected.path("institution").isNull() ? null : expected.path("institution").asString(),
					!node.path("profile").path("industryCodes").isEmpty()));
		}
	}

	@Test
	void evaluationSetIsLargeAndHalfOfItGivesNoIndustryCode() {
		assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
		assertThat(cases.stream().filter((c) -> !c.hasCodes()).count()).isGreaterThanOrEqualTo(cases.size() / 2);
	}

	@Test
	void topClusterIsTheLabelledOneForAtLeastNinetyPercent() {
		int hits = 0;
		int hitsWithoutCodes = 0;
		for (Case c : cases) {
			List<Scored> ranked = rank(c, CounterpartKind.PARK_INDUSTRY, c.park());
			boolean hit = !ranked.isEmpty() && ranked.get(0).score() > 0
					&& ranked.get(0).partner().profile().name().equals(c.cluster());
			if (hit) {
				hits++;
				hitsWithoutCodes += c.hasCodes() ? 0 : 1;
			}
			else {
				report(c, "cluster " + c.cluster(), ranked);
			}
		}
		double accuracy = (double) hits / cases.size();
		long withoutCodes = cases.stream().filter((c) -> !c.hasCodes()).count();
		System.out.printf(Locale.ROOT, "top-1 cluster accuracy: %.3f (%d/%d; without industry codes %d/%d)%n", accuracy,
				hits, cases.size(), hitsWithoutCodes, withoutCodes);
		assertThat(accuracy).isGreaterThanOrEqualTo(REQUIRED);
	}

	@Test
	void labelledInstitutionIsInTheTopThreeForAtLeastNinetyPercent() {
		List<Case> labelled = cases.stream().filter((c) -> c.institution() != null).toList();
		int hits = 0;
		int first = 0;
		for (Case c : labelled) {
			List<Scored> ranked = rank(c, CounterpartKind.INSTITUTION, null);
			List<String> top3 = ranked.stream()
				.limit(3)
				.filter((s) -> s.score() > 0)
				.map((s) -> s.partner().profile().name())
				.toList();
			if (top3.contains(c.institution())) {
				hits++;
				first += top3.get(0).equals(c.institution()) ? 1 : 0;
			}
			else {
				report(c, "institution " + c.institution(), ranked);
			}
		}
		double hitAt3 = (double) hits / labelled.size();
		System.out.printf(Locale.ROOT, "institution hit@3: %.3f (%d/%d), hit@1: %.3f%n", hitAt3, hits, labelled.size(),
				(double) first / labelled.size());
		assertThat(labelled).hasSizeGreaterThanOrEqualTo(20);
		assertThat(hitAt3).isGreaterThanOrEqualTo(REQUIRED);
	}

	/**
	 * Partners of a kind (in one park, if given), best first; ties keep the seed order.
	 */
	private static List<Scored> rank(Case c, CounterpartKind kind, String park) {
		List<Scored> scored = new ArrayList<>();
		for (Partner partner : partners) {
			if (partner.profile().kind() == kind && (park == null || partner.profile().parkName().equals(park))) {
				var score = scorer.score(c.features(), partner.features());
				scored.add(new Scored(partner, (score.hardMismatch() != null) ? 0 : score.value(), score));
			}
		}
		scored.sort(Comparator.comparingDouble(Scored::score).reversed());
		return scored;
	}

	private static void report(Case c, String expected, List<Scored> ranked) {
		StringBuilder text = new StringBuilder();
		text.append("MISS ")
			.append(c.id())
			.append(" expected ")
			.append(expected)
			.append(": ")
			.append(c.features().profile().description())
			.append('\n');
		ranked.stream().limit(3).forEach((s) -> {
			text.append("    ").append(s.partner().profile().name()).append(' ').append(s.score());
			s.details().reasons().forEach((r) -> text.append(" | ").append(r.factor()).append(' ').append(r.zh()));
			text.append('\n');
		});
		System.out.print(text);
	}

	record Case(String id, EnterpriseFeatures features, String park, String cluster, String institution,
			boolean hasCodes) {
	}

	record Partner(CounterpartProfile profile, PartnerFeatures features) {
	}

	record Scored(Partner partner, double score, io.duijie.matching.scoring.Score details) {
	}

}
