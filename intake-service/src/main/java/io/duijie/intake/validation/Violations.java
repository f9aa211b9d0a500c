package io.duijie.intake.validation;

import jakarta.validation.ConstraintValidatorContext;

/**
 * Helpers for validators that report a message code of their own instead of the
 * annotation's default.
 */
public final class Violations {

	private Violations() {
	}

	/**
	 * Replaces the default violation of this constraint by one with message code
	 * {@code code}.
	 */
	public static void replace(ConstraintValidatorContext context, String code) {
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate("{" + code + "}").addConstraintViolation();
	}

	/**
	 * Adds a violation with message code {@code code} on property {@code property} of the
	 * validated bean.
	 */
	public static void add(ConstraintValidatorContext context, String property, String code) {
		context.buildConstraintViolationWithTemplate("{" + code + "}")
			.addPropertyNode(property)
			.addConstraintViolation();
	}

}
