package io.duijie.intake.counterparts;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.duijie.contracts.ChainLink;
import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.CounterpartProfile;
import io.duijie.contracts.CounterpartProfileSubmitted;
import io.duijie.contracts.CounterpartProfileWithdrawn;
import io.duijie.contracts.Space;
import io.duijie.contracts.SpaceType;
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
 * Validates, normalises and submits counterparts. The id is a name-based UUID of kind,
 * park and name.
 */
@Service
class CounterpartIntake {

	private static final ProfileKind KIND = ProfileKind.COUNTERPART;

	private final ProfileValidator validator;

	private final ProfileIntake intake;

	CounterpartIntake(ProfileValidator validator, ProfileIntake intake) {
		this.validator = validator;
		this.intake = intake;
	}

	Accepted submit(CounterpartRequest request) {
		this.validator.validate(KIND, request);
		CounterpartProfile profile = normalise(request);
		return this.intake.submit(KIND, id(profile.kind(), profile.parkName(), profile.name()), profile,
				CounterpartProfileSubmitted::new);
	}

	ProfileView<CounterpartProfile> find(String id) {
		return this.intake.find(KIND, id, CounterpartProfile.class);
	}

	Accepted withdraw(String id) {
		return this.intake.withdraw(KIND, id, CounterpartProfileWithdrawn::new);
	}

	/**
	 * {@code UUID.nameUUIDFromBytes("counterpart:" + kind + ":" + parkName + ":" + name)}.
	 */
	static String id(CounterpartKind kind, String parkName, String name) {
		return UUID
			.nameUUIDFromBytes(("counterpart:" + kind + ":" + parkName + ":" + name).getBytes(StandardCharsets.UTF_8))
			.toString();
	}

	static CounterpartProfile normalise(CounterpartRequest request) {
		CounterpartRequest.SpaceRequest space = request.space();
		return new CounterpartProfile(CounterpartKind.valueOf(Objects.requireNonNull(request.kind())),
				Objects.requireNonNull(request.name()).strip(), Text.trimToNull(request.nameEn()),
				Objects.requireNonNull(request.parkName()).strip(),
				RegionDirectory.standard().resolve(Objects.requireNonNull(request.region())).orElseThrow(),
				Objects.requireNonNullElse(Text.trimToNull(request.description()), ""),
				IndustryCodes.normaliseAll(request.industryCodes()), Text.cleanList(request.keywords()),
				Text.cleanList(request.researchAreas()),
				(space != null)
						? new Space(SpaceType.valueOf(Objects.requireNonNull(space.type())),
								Objects.requireNonNull(space.areaM2()), space.priceCnyPerM2Month(), space.powerKva())
						: null,
				(request.contact() != null) ? request.contact().toContact() : null, chainLinks(request.chainLinks()));
	}

	/**
	 * The links of a valid request: strings trimmed, keywords and residents
	 * de-duplicated, null entries and links whose name repeats an earlier one dropped
	 * (the first wins), order kept.
	 */
	static List<ChainLink> chainLinks(@Nullable List<CounterpartRequest.@Nullable ChainLinkRequest> links) {
		if (links == null) {
			return List.of();
		}
		Map<String, ChainLink> byName = new LinkedHashMap<>();
		for (CounterpartRequest.ChainLinkRequest link : links) {
			if (link != null) {
				String name = Objects.requireNonNull(link.name(), "validated before").strip();
				byName.putIfAbsent(name,
						new ChainLink(name,
								ChainLink.ChainPosition
									.valueOf(Objects.requireNonNull(link.position(), "validated before")),
								Text.cleanList(link.keywords()), Text.cleanList(link.residents())));
			}
		}
		return List.copyOf(byName.values());
	}

}
