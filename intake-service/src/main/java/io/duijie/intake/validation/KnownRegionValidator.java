package io.duijie.intake.validation;

import io.duijie.intake.reference.RegionDirectory;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

class KnownRegionValidator implements ConstraintValidator<KnownRegion, String> {

	@Override
	public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
		return value == null || value.isBlank() || RegionDirectory.standard().resolve(value).isPresent();
	}

}
