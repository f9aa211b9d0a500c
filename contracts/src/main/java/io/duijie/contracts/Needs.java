package io.duijie.contracts;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an enterprise is looking for: land or factory area (m²), funding (CNY), R&D
 * topics.
 */
public record Needs(@Nullable Long landAreaM2, @Nullable Long factoryAreaM2, @Nullable Long fundingCny,
		List<String> rdTopics) {

	public static Needs none() {
		return new Needs(null, null, null, List.of());
	}

}
