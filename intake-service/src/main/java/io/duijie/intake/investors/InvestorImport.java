package io.duijie.intake.investors;

import io.duijie.contracts.InvestorProfile;
import io.duijie.intake.imports.ImportableKind;
import io.duijie.intake.profiles.Accepted;
import io.duijie.intake.profiles.ProfileKind;
import io.duijie.intake.profiles.ProfileValidator;

import org.springframework.stereotype.Component;

/** Investors for bulk import: the same validation, ids and submission as the API. */
@Component
class InvestorImport implements ImportableKind {

	private final ProfileValidator validator;

	private final InvestorIntake intake;

	InvestorImport(ProfileValidator validator, InvestorIntake intake) {
		this.validator = validator;
		this.intake = intake;
	}

	@Override
	public ProfileKind kind() {
		return ProfileKind.INVESTOR;
	}

	@Override
	public Class<?> requestType() {
		return InvestorRequest.class;
	}

	@Override
	public Class<?> profileType() {
		return InvestorProfile.class;
	}

	@Override
	public Prepared prepare(Object request) {
		this.validator.validate(kind(), request);
		InvestorProfile profile = InvestorIntake.normalise((InvestorRequest) request);
		return new Prepared(InvestorIntake.id(profile.name()), profile);
	}

	@Override
	public Accepted submit(Object request) {
		return this.intake.submit((InvestorRequest) request);
	}

}
