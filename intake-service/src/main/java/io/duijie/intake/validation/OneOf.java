package io.duijie.intake.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The name of one of the constants of an enum, exactly (e.g. {@code GROWTH}). Enum fields
 * travel as strings in requests so that a wrong value is reported with every other
 * invalid field instead of failing the JSON parse. {@code null} is valid. The message may
 * use {@code {allowed}}, the constants joined by commas.
 */
@Documented
@Constraint(validatedBy = OneOfValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {

	Class<? extends Enum<?>> value();

	String message() default "{oneOf}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
