package io.duijie.contracts;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The park side of a match: an industry cluster ({@code name} is the cluster, with its
 * GB/T 4754 codes and keywords), an institution (with its research areas) or a space
 * (with {@link Space}).
 */
public record CounterpartProfile(CounterpartKind kind, String name, @Nullable String nameEn, String parkName,
		Region region, String description, List<String> industryCodes, List<String> keywords,
		List<String> researchAreas, @Nullable Space space, @Nullable Contact contact) {
}
