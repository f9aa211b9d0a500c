package io.duijie.intake.investors;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.duijie.intake.validation.Violations;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * When both are given, {@code ticketMinCny <= ticketMaxCny}; reported on
 * {@code ticketMaxCny}.
 */
@Documented
@Constraint(validatedBy = TicketRange.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface TicketRange {

	String message() default "{ticket.range}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<TicketRange, InvestorRequest> {

		@Override
		public boolean isValid(@Nullable InvestorRequest request, ConstraintValidatorContext context) {
			if (request == null || request.ticketMinCny() == null || request.ticketMaxCny() == null
					|| request.ticketMinCny() <= request.ticketMaxCny()) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			Violations.add(context, "ticketMaxCny", "ticket.range");
			return false;
		}

	}

}
