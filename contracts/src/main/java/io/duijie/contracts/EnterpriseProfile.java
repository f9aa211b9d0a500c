package io.duijie.contracts;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A Greater Bay Area enterprise as intake-service validated and normalised it. */
public record EnterpriseProfile(String name, @Nullable String nameEn, String creditCode, IdentityType identityType,
		Region region, List<String> industryCodes, String description, @Nullable Stage stage, List<String> tags,
		Needs needs, Contact contact, @Nullable String ownerStaffId) {
}
