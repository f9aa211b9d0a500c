package io.duijie.contracts;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A Greater Bay Area enterprise as intake-service validated and normalised it.
 *
 * @param tags labels such as 高新技术企业, 专精特新, 瞪羚企业
 * @param size the enterprise's size class (企业规模), if known
 * @param aliases other names it is known by (those of enterprises merged into it), or
 * {@code null} if none; added after the first records were written, so optional
 */
public record EnterpriseProfile(String name, @Nullable String nameEn, String creditCode, IdentityType identityType,
		Region region, List<String> industryCodes, String description, @Nullable Stage stage, List<String> tags,
		Needs needs, Contact contact, @Nullable String ownerStaffId, @Nullable EnterpriseSize size,
		@Nullable List<String> aliases) {

	/** A profile without aliases. */
	public EnterpriseProfile(String name, @Nullable String nameEn, String creditCode, IdentityType identityType,
			Region region, List<String> industryCodes, String description, @Nullable Stage stage, List<String> tags,
			Needs needs, Contact contact, @Nullable String ownerStaffId, @Nullable EnterpriseSize size) {
		this(name, nameEn, creditCode, identityType, region, industryCodes, description, stage, tags, needs, contact,
				ownerStaffId, size, null);
	}

	/** This profile with other aliases. */
	public EnterpriseProfile withAliases(@Nullable List<String> aliases) {
		return new EnterpriseProfile(this.name, this.nameEn, this.creditCode, this.identityType, this.region,
				this.industryCodes, this.description, this.stage, this.tags, this.needs, this.contact,
				this.ownerStaffId, this.size, aliases);
	}

}
