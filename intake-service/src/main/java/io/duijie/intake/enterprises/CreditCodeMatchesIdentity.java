package io.duijie.intake.enterprises;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.duijie.contracts.IdentityType;
import io.duijie.intake.reference.CreditCodes;
import io.duijie.intake.validation.Violations;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * The credit code is valid in the register of the enterprise's identity type: the one
 * given, or else the one its region implies (Hong Kong: HK_CR, Macau: MO_CR, anywhere
 * else: USCC). Reported on {@code creditCode} with the precise
 * {@link CreditCodes.Problem} as the message code.
 */
@Documented
@Constraint(validatedBy = CreditCodeMatchesIdentity.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface CreditCodeMatchesIdentity {

	String message() default "{creditCode.checkDigit}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<CreditCodeMatchesIdentity, EnterpriseRequest> {

		@Override
		public boolean isValid(@Nullable EnterpriseRequest request, ConstraintValidatorContext context) {
			if (request == null || request.creditCode() == null || request.creditCode().isBlank()) {
				return true;
			}
			IdentityType type = IdentityTypes.of(request.identityType(), request.region());
			CreditCodes.Problem problem = CreditCodes.check(request.creditCode(), type).problem();
			if (problem == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			Violations.add(context, "creditCode", problem.code());
			return false;
		}

	}

}
