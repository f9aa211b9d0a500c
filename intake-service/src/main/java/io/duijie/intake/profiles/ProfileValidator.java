package io.duijie.intake.profiles;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import org.springframework.stereotype.Service;

/**
 * Runs Bean Validation on a request and turns every violation into a
 * {@link FieldViolation}: the JSON path of the field, the message code (the constraint's
 * message template, e.g. {@code {creditCode.checkDigit}} without braces) and the message,
 * interpolated from {@code messages*.properties} in the request's locale.
 */
@Service
public class ProfileValidator {

	private static final Comparator<FieldViolation> ORDER = Comparator.comparing(FieldViolation::field)
		.thenComparing(FieldViolation::code);

	private final Validator validator;

	public ProfileValidator(Validator validator) {
		this.validator = validator;
	}

	/**
	 * Validates a request.
	 * @throws InvalidProfileException naming every invalid field
	 */
	public <T> void validate(ProfileKind kind, T request) {
		Set<ConstraintViolation<T>> violations = this.validator.validate(request);
		if (!violations.isEmpty()) {
			List<FieldViolation> fields = violations.stream()
				.map((violation) -> new FieldViolation(field(violation.getPropertyPath()),
						code(violation.getMessageTemplate()), violation.getMessage()))
				.distinct()
				.sorted(ORDER)
				.toList();
			throw new InvalidProfileException(kind, fields);
		}
	}

	/**
	 * {@code contact.email}, {@code industryCodes[1]}, {@code needs.rdTopics[0]}; the
	 * bean itself is "".
	 */
	static String field(Path path) {
		StringBuilder field = new StringBuilder();
		for (Path.Node node : path) {
			if (node.isInIterable()) {
				field.append('[').append((node.getIndex() != null) ? node.getIndex() : node.getKey()).append(']');
			}
			if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
				if (!field.isEmpty()) {
					field.append('.');
				}
				field.append(node.getName());
			}
		}
		return field.toString();
	}

	static String code(String template) {
		return (template.startsWith("{") && template.endsWith("}")) ? template.substring(1, template.length() - 1)
				: template;
	}

}
