package io.duijie.intake.counterparts;

import io.duijie.contracts.CounterpartProfile;
import io.duijie.intake.imports.ImportableKind;
import io.duijie.intake.profiles.Accepted;
import io.duijie.intake.profiles.ProfileKind;
import io.duijie.intake.profiles.ProfileValidator;

import org.springframework.stereotype.Component;

/** Counterparts for bulk import: the same validation, ids and submission as the API. */
@Component
class CounterpartImport implements ImportableKind {

	private final ProfileValidator validator;

	private final CounterpartIntake intake;

	CounterpartImport(ProfileValidator validator, CounterpartIntake intake) {
		this.validator = validator;
		this.intake = intake;
	}

	@Override
	public ProfileKind kind() {
		return ProfileKind.COUNTERPART;
	}

	@Override
	public Class<?> requestType() {
		return CounterpartRequest.class;
	}

	@Override
	public Class<?> profileType() {
		return CounterpartProfile.class;
	}

	@Override
	public Prepared prepare(Object request) {
		this.validator.validate(kind(), request);
		CounterpartProfile profile = CounterpartIntake.normalise((CounterpartRequest) request);
		return new Prepared(CounterpartIntake.id(profile.kind(), profile.parkName(), profile.name()), profile);
	}

	@Override
	public Accepted submit(Object request) {
		return this.intake.submit((CounterpartRequest) request);
	}

}
