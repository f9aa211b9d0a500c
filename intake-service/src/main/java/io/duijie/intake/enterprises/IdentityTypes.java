package io.duijie.intake.enterprises;

import java.util.Arrays;

import io.duijie.contracts.IdentityType;
import io.duijie.contracts.Region;
import io.duijie.intake.reference.RegionDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The register an enterprise's identifier is from: the identity type it gives, or else
 * the one its region implies (Hong Kong: HK_CR, Macau: MO_CR, anywhere else or unknown:
 * USCC).
 */
final class IdentityTypes {

	private IdentityTypes() {
	}

	static IdentityType of(@Nullable String given, @Nullable String region) {
		if (given != null && Arrays.stream(IdentityType.values()).anyMatch((type) -> type.name().equals(given))) {
			return IdentityType.valueOf(given);
		}
		String code = (region != null) ? RegionDirectory.standard().resolve(region).map(Region::code).orElse("") : "";
		if (RegionDirectory.HONG_KONG.equals(code)) {
			return IdentityType.HK_CR;
		}
		if (RegionDirectory.MACAU.equals(code)) {
			return IdentityType.MO_CR;
		}
		return IdentityType.USCC;
	}

}
