package io.duijie.matching.matches;

import java.util.Set;

/** The pairs one side declined: never proposed again. */
public interface DeclinedPairs {

	/** The partners declined with this enterprise (by either side). */
	Set<String> declinedPartners(String enterpriseId);

}
