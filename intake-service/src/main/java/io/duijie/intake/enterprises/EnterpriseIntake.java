package io.duijie.intake.enterprises;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

import io.duijie.contracts.EnterpriseProfile;
import io.duijie.contracts.EnterpriseProfileSubmitted;
import io.duijie.contracts.EnterpriseProfileWithdrawn;
import io.duijie.contracts.EnterpriseSize;
import io.duijie.contracts.IdentityType;
import io.duijie.contracts.Needs;
import io.duijie.contracts.Region;
import io.duijie.contracts.Stage;
import io.duijie.intake.profiles.Accepted;
import io.duijie.intake.profiles.ProfileIntake;
import io.duijie.intake.profiles.ProfileKind;
import io.duijie.intake.profiles.ProfileValidator;
import io.duijie.intake.profiles.ProfileView;
import io.duijie.intake.reference.CreditCodes;
import io.duijie.intake.reference.IndustryCodes;
import io.duijie.intake.reference.RegionDirectory;
import io.duijie.intake.reference.Text;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Validates, normalises and submits enterprise profiles. The id is a name-based UUID of
 * the identity type and the normalised credit code, so a resubmission is a new version of
 * the same enterprise.
 */
@Service
class EnterpriseIntake {

	private static final ProfileKind KIND = ProfileKind.ENTERPRISE;

	private final ProfileValidator validator;

	private final ProfileIntake intake;

	EnterpriseIntake(ProfileValidator validator, ProfileIntake intake) {
		this.validator = validator;
		this.intake = intake;
	}

	Accepted submit(EnterpriseRequest request) {
		this.validator.validate(KIND, request);
		EnterpriseProfile profile = normalise(request);
		return this.intake.submit(KIND, id(profile.identityType(), profile.creditCode()), profile,
				EnterpriseProfileSubmitted::new);
	}

	ProfileView<EnterpriseProfile> find(String id) {
		return this.intake.find(KIND, id, EnterpriseProfile.class);
	}

	Accepted withdraw(String id) {
		return this.intake.withdraw(KIND, id, EnterpriseProfileWithdrawn::new);
	}

	/**
	 * {@code UUID.nameUUIDFromBytes("enterprise:" + identityType + ":" + creditCode)}.
	 */
	static String id(IdentityType identityType, String creditCode) {
		return UUID
			.nameUUIDFromBytes(("enterprise:" + identityType + ":" + creditCode).getBytes(StandardCharsets.UTF_8))
			.toString();
	}

	/** The profile of a valid request. */
	static EnterpriseProfile normalise(EnterpriseRequest request) {
		IdentityType identityType = IdentityTypes.of(request.identityType(), request.region());
		Region region = RegionDirectory.standard().resolve(required(request.region())).orElseThrow();
		EnterpriseRequest.NeedsRequest needs = request.needs();
		return new EnterpriseProfile(required(request.name()).strip(), Text.trimToNull(request.nameEn()),
				CreditCodes.normalise(required(request.creditCode())), identityType, region,
				IndustryCodes.normaliseAll(request.industryCodes()), required(request.description()).strip(),
				(request.stage() != null) ? Stage.valueOf(request.stage()) : null, Text.cleanList(request.tags()),
				(needs != null)
						? new Needs(needs.landAreaM2(), needs.factoryAreaM2(), needs.fundingCny(),
								Text.cleanList(needs.rdTopics()), needs.powerKva(), needs.maxRentCnyPerM2Month())
						: Needs.none(),
				required(request.contact()).toContact(), Text.trimToNull(request.ownerStaffId()),
				(request.size() != null) ? EnterpriseSize.valueOf(request.size()) : null);
	}

	private static <T> T required(@Nullable T value) {
		return Objects.requireNonNull(value, "validated before");
	}

}
