package io.duijie.intake.identities;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers {@link IdentityProblem}s: ordered before the service's general handler, whose
 * catch-all for runtime exceptions would otherwise take them. Field errors are listed in
 * {@code errors} as {@code field}, {@code code} and {@code message} in the request's
 * language, as everywhere in intake-service.
 */
@RestControllerAdvice(assignableTypes = IdentityController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityProblemHandler {

	record Error(String field, String code, String message) {
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(IdentityProblem ex, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatus(ex.status());
		problem.setType(URI.create(ex.type()));
		problem.setTitle(ex.title(locale));
		problem.setDetail(ex.detail(locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		ex.properties().forEach((name, value) -> {
			if (value instanceof List<?> errors) {
				problem.setProperty(name,
						errors.stream()
							.map((e) -> (IdentityProblem.FieldError) e)
							.map((e) -> new Error(e.field(), e.code(), IdentityProblem.zh(locale) ? e.zh() : e.en()))
							.toList());
			}
			else {
				problem.setProperty(name, value);
			}
		});
		return ResponseEntity.status(ex.status()).body(problem);
	}

}
