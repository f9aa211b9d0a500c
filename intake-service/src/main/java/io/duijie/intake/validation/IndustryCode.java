package io.duijie.intake.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A GB/T 4754-2017 industry code ({@link io.duijie.intake.reference.IndustryCodes}).
 * {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = IndustryCodeValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface IndustryCode {

	String message() default "{industryCode.format}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
