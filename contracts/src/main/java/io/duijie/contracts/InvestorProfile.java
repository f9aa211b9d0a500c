package io.duijie.contracts;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An investor or fund: what it invests in, at which stages, how much per deal (CNY),
 * where.
 */
public record InvestorProfile(String name, @Nullable String nameEn, List<String> sectors, List<String> industryCodes,
		List<Stage> stages, @Nullable Long ticketMinCny, @Nullable Long ticketMaxCny, List<String> regionCodes,
		String description, @Nullable Contact contact, @Nullable String ownerStaffId) {
}
