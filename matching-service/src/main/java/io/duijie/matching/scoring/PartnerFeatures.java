package io.duijie.matching.scoring;

import java.util.List;

import io.duijie.contracts.ChainLink.ChainPosition;
import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.PartnerType;
import io.duijie.contracts.Region;
import io.duijie.contracts.Space;
import io.duijie.contracts.Stage;
import org.jspecify.annotations.Nullable;

/**
 * What the scorer needs of a counterpart or an investor, read once when the profile
 * arrives and kept in the index: its phrases already segmented and looked up in the
 * dictionary, so that scoring a candidate costs no text analysis. The description and
 * contact are not kept (the profile topics have them).
 *
 * @param type counterpart or investor
 * @param kind the counterpart's kind; {@code null} for an investor
 * @param keywords a counterpart's keywords and name, or an investor's sectors
 * @param researchAreas an institution's research areas
 * @param chainLinks a cluster's industry chain
 * @param categories strategic emerging industries categories of its codes and keywords
 * @param stages the stages an investor invests in
 * @param regionCodes where an investor invests (GB/T 2260)
 */
public record PartnerFeatures(PartnerType type, @Nullable CounterpartKind kind, String name, @Nullable String nameEn,
		@Nullable String parkName, @Nullable Region region, List<String> industryCodes, List<Phrase> keywords,
		List<Phrase> researchAreas, List<Link> chainLinks, List<String> categories, @Nullable Space space,
		List<Stage> stages, @Nullable Long ticketMinCny, @Nullable Long ticketMaxCny, List<String> regionCodes) {

	public PartnerFeatures {
		industryCodes = canonical(industryCodes);
		categories = canonical(categories);
	}

	/**
	 * A phrase of the partner's.
	 *
	 * @param text as the partner wrote it
	 * @param keys what matches it in an enterprise's text: the phrase's own key (the
	 * concept's when the dictionary knows the phrase) and the concepts inside it
	 */
	public record Phrase(String text, List<String> keys) {

		public Phrase {
			keys = canonical(keys);
		}

	}

	/**
	 * A link of a cluster's chain.
	 *
	 * @param residents the park's firms in this link; none is a gap
	 */
	public record Link(String name, ChainPosition position, List<Phrase> keywords, List<String> residents) {
	}

	/**
	 * The same strings, each its canonical instance ({@link String#intern}). Phrase keys,
	 * codes and categories recur across thousands of partners: scoring looks each up in
	 * the enterprise's sets, and a canonical string's hash is computed once, not once per
	 * freshly parsed entry (a third of the scoring thread's time at 10⁵ counterparts),
	 * and its text is kept once.
	 */
	static List<String> canonical(List<String> values) {
		String[] canonical = new String[values.size()];
		for (int i = 0; i < canonical.length; i++) {
			canonical[i] = values.get(i).intern();
		}
		return List.of(canonical);
	}

}
