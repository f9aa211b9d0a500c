package io.duijie.matching.scoring;

import java.util.List;
import java.util.Set;

import io.duijie.contracts.EnterpriseProfile;
import io.duijie.matching.text.ConceptDictionary.Mention;
import io.duijie.matching.text.ConceptDictionary.Reading;

/**
 * An enterprise as the scorer reads it: its profile, what its main business and its
 * R&amp;D needs mention, the industry codes inferred from the concepts it mentions (for
 * firms that give none, or give few), and its strategic emerging industries categories.
 *
 * @param inferredCodes GB/T 4754 classes of the concepts mentioned, not among the given
 * codes
 */
public record EnterpriseFeatures(EnterpriseProfile profile, Reading description, Reading rdTopics,
		List<String> inferredCodes, Set<String> categories) {

	/** The first concept in the main business that implies this code, for the reasons. */
	public String conceptOf(String inferredCode) {
		for (Mention mention : this.description.ownMentions()) {
			if (mention.concept().industryCodes().contains(inferredCode)) {
				return mention.surface();
			}
		}
		for (Mention mention : this.rdTopics.mentions()) {
			if (mention.concept().industryCodes().contains(inferredCode)) {
				return mention.surface();
			}
		}
		return inferredCode;
	}

}
