package io.duijie.intake.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * An e-mail address, surrounding white space ignored: a local part, an {@code @}, and a
 * domain of at least two labels with an alphabetic top-level label (stricter than
 * {@code @Email}, which accepts {@code a@b}). {@code null} and blank are valid.
 */
@Documented
@Constraint(validatedBy = EmailAddressValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

	String message() default "{email.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
