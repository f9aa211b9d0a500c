package io.duijie.intake.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A region {@link io.duijie.intake.reference.RegionDirectory} knows: a GB/T 2260 code or
 * a name. {@code null} and blank are valid (say {@code @NotBlank} where it is required).
 */
@Documented
@Constraint(validatedBy = KnownRegionValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownRegion {

	String message() default "{region.unknown}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
