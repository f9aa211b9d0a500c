package io.duijie.intake.profiles;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A contact gives at least one of phone and e-mail.
 */
@Documented
@Constraint(validatedBy = Reachable.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface Reachable {

	String message() default "{contact.phoneOrEmail}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<Reachable, ContactRequest> {

		@Override
		public boolean isValid(@Nullable ContactRequest contact, ConstraintValidatorContext context) {
			return contact == null || !isBlank(contact.phone()) || !isBlank(contact.email());
		}

		private static boolean isBlank(@Nullable String value) {
			return value == null || value.isBlank();
		}

	}

}
