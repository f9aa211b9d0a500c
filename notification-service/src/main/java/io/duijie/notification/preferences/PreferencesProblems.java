package io.duijie.notification.preferences;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problem details for the preferences API, in the language of
 * {@code Accept-Language} (Chinese when none is given, English for any other language):
 * one entry per invalid field under {@code errors}.
 */
@RestControllerAdvice(assignableTypes = PreferencesController.class)
class PreferencesProblems {

	static final URI INVALID = URI.create("https://duijie.io/problems/invalid-preferences");

	static final URI UNREADABLE = URI.create("https://duijie.io/problems/unreadable-body");

	private final MessageSource messages;

	PreferencesProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidPreferencesException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				message("problem.preferences.invalid.detail", locale));
		problem.setType(INVALID);
		problem.setTitle(message("problem.preferences.invalid.title", locale));
		List<Map<String, String>> errors = ex.errors()
			.stream()
			.map((error) -> Map.of("field", error.field(), "code", error.code(), "message",
					this.messages.getMessage(error.code(), error.arguments(), error.code(), locale)))
			.toList();
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unreadable(HttpMessageNotReadableException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				message("problem.body.unreadable.detail", locale));
		problem.setType(UNREADABLE);
		problem.setTitle(message("problem.body.unreadable.title", locale));
		return problem;
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
