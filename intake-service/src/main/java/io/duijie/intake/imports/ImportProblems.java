package io.duijie.intake.imports;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The problems of bulk import, as the service's other problems: RFC 9457, a {@code type}
 * under {@code https://duijie.io/problems/}, title and detail in the request's language;
 * the missing required columns listed in {@code errors} ({@code field}, {@code code},
 * {@code message}, {@code column}: the template's header). Ordered first so that an
 * upload over the multipart limit is answered as {@code import-too-large}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportProblems {

	private static final String TYPES = "https://duijie.io/problems/";

	private final MessageSource messages;

	private final ImportProperties properties;

	ImportProblems(MessageSource messages, ImportProperties properties) {
		this.messages = messages;
		this.properties = properties;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> rejected(ImportRejectedException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(ex.status(), ex.type(), request, ex.args());
		if (!ex.missing().isEmpty()) {
			Locale locale = LocaleContextHolder.getLocale();
			String message = this.messages.getMessage("import.missingColumn", null, locale);
			List<Map<String, String>> errors = ex.missing()
				.stream()
				.map((missing) -> Map.of("field", missing.field(), "code", "import.missingColumn", "message", message,
						"column", missing.header()))
				.toList();
			problem.setProperty("errors", errors);
		}
		HttpHeaders headers = new HttpHeaders();
		if (ex.status() == HttpStatus.SERVICE_UNAVAILABLE) {
			headers.set(HttpHeaders.RETRY_AFTER, "10");
		}
		return ResponseEntity.status(ex.status()).headers(headers).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		DataSize limit = this.properties.maxFileSize();
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(problem(HttpStatus.CONTENT_TOO_LARGE, "import-too-large", request, limit.toBytes()));
	}

	private ProblemDetail problem(HttpStatus status, String type, HttpServletRequest request, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create(TYPES + type));
		problem
			.setTitle(this.messages.getMessage("problem." + type + ".title", null, status.getReasonPhrase(), locale));
		problem.setDetail(this.messages.getMessage("problem." + type + ".detail", args, null, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

}
