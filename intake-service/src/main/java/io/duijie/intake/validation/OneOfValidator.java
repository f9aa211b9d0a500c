package io.duijie.intake.validation;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

class OneOfValidator implements ConstraintValidator<OneOf, String> {

	private Set<String> names = Set.of();

	private String allowed = "";

	@Override
	public void initialize(OneOf annotation) {
		this.names = Arrays.stream(annotation.value().getEnumConstants())
			.map(Enum::name)
			.collect(Collectors.toUnmodifiableSet());
		this.allowed = Arrays.stream(annotation.value().getEnumConstants())
			.map(Enum::name)
			.collect(Collectors.joining(", "));
	}

	@Override
	public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
		if (value == null || this.names.contains(value)) {
			return true;
		}
		context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("allowed", this.allowed);
		return false;
	}

}
