package io.duijie.intake.validation;

import io.duijie.intake.reference.PhoneNumbers;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

class PhoneNumberValidator implements ConstraintValidator<PhoneNumber, String> {

	@Override
	public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
		return value == null || value.isBlank() || PhoneNumbers.isValid(value);
	}

}
