package io.duijie.contracts;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an enterprise is looking for: land or factory area (m²), funding (CNY), R&D
 * topics, electric power (kVA) and the highest rent it would pay (CNY per m² and month).
 * A space that cannot meet the area, power or rent is never proposed.
 */
public record Needs(@Nullable Long landAreaM2, @Nullable Long factoryAreaM2, @Nullable Long fundingCny,
		List<String> rdTopics, @Nullable Long powerKva, @Nullable Double maxRentCnyPerM2Month) {

	public static Needs none() {
		return new Needs(null, null, null, List.of(), null, null);
	}

}
