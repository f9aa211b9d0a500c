package io.duijie.intake.investors;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.duijie.contracts.InvestorProfile;
import io.duijie.contracts.InvestorProfileSubmitted;
import io.duijie.contracts.InvestorProfileWithdrawn;
import io.duijie.contracts.Region;
import io.duijie.contracts.Stage;
import io.duijie.intake.profiles.Accepted;
import io.duijie.intake.profiles.ProfileIntake;
import io.duijie.intake.profiles.ProfileKind;
import io.duijie.intake.profiles.ProfileValidator;
import io.duijie.intake.profiles.ProfileView;
import io.duijie.intake.reference.IndustryCodes;
import io.duijie.intake.reference.RegionDirectory;
import io.duijie.intake.reference.Text;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Validates, normalises and submits investor profiles. The id is a name-based UUID of the
 * name.
 */
@Service
class InvestorIntake {

	private static final ProfileKind KIND = ProfileKind.INVESTOR;

	private final ProfileValidator validator;

	private final ProfileIntake intake;

	InvestorIntake(ProfileValidator validator, ProfileIntake intake) {
		this.validator = validator;
		this.intake = intake;
	}

	Accepted submit(InvestorRequest request) {
		this.validator.validate(KIND, request);
		InvestorProfile profile = normalise(request);
		return this.intake.submit(KIND, id(profile.name()), profile, InvestorProfileSubmitted::new);
	}

	ProfileView<InvestorProfile> find(String id) {
		return this.intake.find(KIND, id, InvestorProfile.class);
	}

	Accepted withdraw(String id) {
		return this.intake.withdraw(KIND, id, InvestorProfileWithdrawn::new);
	}

	/** {@code UUID.nameUUIDFromBytes("investor:" + name)}. */
	static String id(String name) {
		return UUID.nameUUIDFromBytes(("investor:" + name).getBytes(StandardCharsets.UTF_8)).toString();
	}

	static InvestorProfile normalise(InvestorRequest request) {
		return new InvestorProfile(Objects.requireNonNull(request.name()).strip(), Text.trimToNull(request.nameEn()),
				Text.cleanList(request.sectors()), IndustryCodes.normaliseAll(request.industryCodes()),
				stages(request.stages()), request.ticketMinCny(), request.ticketMaxCny(),
				regionCodes(request.regions()), Objects.requireNonNullElse(Text.trimToNull(request.description()), ""),
				(request.contact() != null) ? request.contact().toContact() : null,
				Text.trimToNull(request.ownerStaffId()));
	}

	private static List<Stage> stages(@Nullable List<@Nullable String> stages) {
		return Text.cleanList(stages).stream().map(Stage::valueOf).toList();
	}

	private static List<String> regionCodes(@Nullable List<@Nullable String> regions) {
		Set<String> codes = new LinkedHashSet<>();
		for (String region : Text.cleanList(regions)) {
			RegionDirectory.standard().resolve(region).map(Region::code).ifPresent(codes::add);
		}
		return List.copyOf(codes);
	}

}
