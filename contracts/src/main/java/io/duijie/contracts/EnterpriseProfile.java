package io.duijie.contracts;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A Greater Bay Area enterprise as intake-service validated and normalised it.
 *
 * @param tags labels such as 高新技术企业, 专精特新, 瞪羚企业
 * @param size the enterprise's size class (企业规模), if known
 */
public record EnterpriseProfile(String name, @Nullable String nameEn, String creditCode, IdentityType identityType,
		Region region, List<String> industryCodes, String description, @Nullable Stage stage, List<String> tags,
		Needs needs, Contact contact, @Nullable String ownerStaffId, @Nullable EnterpriseSize size) {
}
