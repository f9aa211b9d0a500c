package io.duijie.intake.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A name written in Chinese: at least one Chinese character. {@code null} and blank are
 * valid.
 */
@Documented
@Constraint(validatedBy = ChineseNameValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface ChineseName {

	String message() default "{name.notChinese}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
