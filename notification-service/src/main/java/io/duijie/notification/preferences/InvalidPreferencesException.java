package io.duijie.notification.preferences;

import java.util.List;

/** A preferences body with field errors; becomes a 400 problem. */
class InvalidPreferencesException extends RuntimeException {

	private final List<PreferencesValidator.FieldError> errors;

	InvalidPreferencesException(List<PreferencesValidator.FieldError> errors) {
		super("Invalid preferences: " + errors.stream().map(PreferencesValidator.FieldError::field).toList());
		this.errors = errors;
	}

	List<PreferencesValidator.FieldError> errors() {
		return this.errors;
	}

}
