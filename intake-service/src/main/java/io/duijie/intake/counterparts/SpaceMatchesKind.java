package io.duijie.intake.counterparts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Objects;

import io.duijie.contracts.CounterpartKind;
import io.duijie.intake.reference.Text;
import io.duijie.intake.validation.Violations;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A SPACE has a {@code space}, nothing else has one; only an INSTITUTION has
 * {@code researchAreas}; only a PARK_INDUSTRY cluster has {@code chainLinks}.
 */
@Documented
@Constraint(validatedBy = SpaceMatchesKind.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface SpaceMatchesKind {

	String message() default "{space.required}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<SpaceMatchesKind, CounterpartRequest> {

		@Override
		public boolean isValid(@Nullable CounterpartRequest request, ConstraintValidatorContext context) {
			if (request == null || request.kind() == null) {
				return true;
			}
			boolean valid = true;
			context.disableDefaultConstraintViolation();
			boolean space = CounterpartKind.SPACE.name().equals(request.kind());
			if (space && request.space() == null) {
				Violations.add(context, "space", "space.required");
				valid = false;
			}
			if (!space && request.space() != null) {
				Violations.add(context, "space", "space.notAllowed");
				valid = false;
			}
			if (!CounterpartKind.INSTITUTION.name().equals(request.kind())
					&& !Text.cleanList(request.researchAreas()).isEmpty()) {
				Violations.add(context, "researchAreas", "researchAreas.notInstitution");
				valid = false;
			}
			if (!CounterpartKind.PARK_INDUSTRY.name().equals(request.kind()) && request.chainLinks() != null
					&& request.chainLinks().stream().anyMatch(Objects::nonNull)) {
				Violations.add(context, "chainLinks", "chainLinks.notParkIndustry");
				valid = false;
			}
			return valid;
		}

	}

}
