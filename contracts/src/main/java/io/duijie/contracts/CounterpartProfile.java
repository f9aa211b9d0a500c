package io.duijie.contracts;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The park side of a match: an industry cluster ({@code name} is the cluster, with its
 * GB/T 4754 codes and keywords), an institution (with its research areas) or a space
 * (with {@link Space}).
 *
 * @param chainLinks for a cluster, the links of its industry chain (产业链) and the resident
 * firms that fill them; a link without residents is a gap the park wants to fill (补链)
 */
public record CounterpartProfile(CounterpartKind kind, String name, @Nullable String nameEn, String parkName,
		Region region, String description, List<String> industryCodes, List<String> keywords,
		List<String> researchAreas, @Nullable Space space, @Nullable Contact contact, List<ChainLink> chainLinks) {

	/**
	 * Records written before {@code chainLinks} existed lack the property, which Jackson
	 * reads as null: they have no chain links.
	 */
	public CounterpartProfile {
		chainLinks = (chainLinks != null) ? chainLinks : List.of();
	}

}
