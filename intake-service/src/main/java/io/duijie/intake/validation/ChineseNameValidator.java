package io.duijie.intake.validation;

import io.duijie.intake.reference.Text;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

class ChineseNameValidator implements ConstraintValidator<ChineseName, String> {

	@Override
	public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
		return value == null || value.isBlank() || Text.hasHan(value);
	}

}
