package io.duijie.intake.validation;

import io.duijie.intake.reference.IndustryCodes;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Reports the precise {@link IndustryCodes.Problem} as the message code. */
class IndustryCodeValidator implements ConstraintValidator<IndustryCode, String> {

	@Override
	public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
		if (value == null) {
			return true;
		}
		IndustryCodes.Check check = IndustryCodes.check(value);
		IndustryCodes.Problem problem = check.problem();
		if (problem == null) {
			return true;
		}
		Violations.replace(context, problem.code());
		return false;
	}

}
