package io.duijie.intake.enterprises;

import io.duijie.contracts.EnterpriseProfile;
import io.duijie.intake.imports.ImportableKind;
import io.duijie.intake.profiles.Accepted;
import io.duijie.intake.profiles.ProfileKind;
import io.duijie.intake.profiles.ProfileValidator;

import org.springframework.stereotype.Component;

/** Enterprises for bulk import: the same validation, ids and submission as the API. */
@Component
class EnterpriseImport implements ImportableKind {

	private final ProfileValidator validator;

	private final EnterpriseIntake intake;

	EnterpriseImport(ProfileValidator validator, EnterpriseIntake intake) {
		this.validator = validator;
		this.intake = intake;
	}

	@Override
	public ProfileKind kind() {
		return ProfileKind.ENTERPRISE;
	}

	@Override
	public Class<?> requestType() {
		return EnterpriseRequest.class;
	}

	@Override
	public Class<?> profileType() {
		return EnterpriseProfile.class;
	}

	@Override
	public Prepared prepare(Object request) {
		this.validator.validate(kind(), request);
		EnterpriseProfile profile = EnterpriseIntake.normalise((EnterpriseRequest) request);
		return new Prepared(EnterpriseIntake.id(profile.identityType(), profile.creditCode()), profile);
	}

	@Override
	public Accepted submit(Object request) {
		return this.intake.submit((EnterpriseRequest) request);
	}

}
