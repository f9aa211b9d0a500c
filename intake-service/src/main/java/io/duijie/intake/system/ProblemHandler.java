package io.duijie.intake.system;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.duijie.intake.profiles.BrokerUnavailableException;
import io.duijie.intake.profiles.FieldViolation;
import io.duijie.intake.profiles.IntakeMetrics;
import io.duijie.intake.profiles.InvalidProfileException;
import io.duijie.intake.profiles.ProfileKind;
import io.duijie.intake.profiles.ProfileNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error is an RFC 9457 problem detail ({@code application/problem+json}) with a
 * {@code type} under {@value #TYPES}, and a title and detail in the request's language
 * ({@code messages*.properties}). Invalid fields are listed in {@code errors}, each with
 * {@code field}, {@code code} and {@code message}. Rejected submissions are counted in
 * {@code duijie.intake.submissions} and rejected withdrawals in
 * {@code duijie.intake.withdrawals}.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	static final String TYPES = "https://duijie.io/problems/";

	private static final Logger logger = LoggerFactory.getLogger(ProblemHandler.class);

	private final MessageSource messages;

	private final IntakeMetrics metrics;

	ProblemHandler(MessageSource messages, IntakeMetrics metrics) {
		this.messages = messages;
		this.metrics = metrics;
	}

	@ExceptionHandler
	ResponseEntity<Object> invalidProfile(InvalidProfileException ex, HttpServletRequest request) {
		return invalid(ex.violations(), request);
	}

	@ExceptionHandler
	ResponseEntity<Object> payloadTooLarge(PayloadTooLargeException ex, HttpServletRequest request) {
		count(request, IntakeMetrics.TOO_LARGE);
		return respond(problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", request, ex.limit()), null);
	}

	@ExceptionHandler
	ResponseEntity<Object> notFound(ProfileNotFoundException ex, HttpServletRequest request) {
		count(request, IntakeMetrics.NOT_FOUND);
		return respond(problem(HttpStatus.NOT_FOUND, "not-found", request, ex.kind().tag(), ex.id()), null);
	}

	@ExceptionHandler
	ResponseEntity<Object> brokerUnavailable(BrokerUnavailableException ex, HttpServletRequest request) {
		logger.warn("Answering 503 to {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
		return unavailable("broker-unavailable", request);
	}

	@ExceptionHandler
	ResponseEntity<Object> storeUnavailable(DataAccessException ex, HttpServletRequest request) {
		logger.warn("Answering 503 to {} {}: Redis: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
		return unavailable("store-unavailable", request);
	}

	/** Anything else is a bug: logged with its stack trace, answered without details. */
	@ExceptionHandler
	ResponseEntity<Object> unexpected(RuntimeException ex, HttpServletRequest request) {
		logger.error("Answering 500 to {} {}", request.getMethod(), request.getRequestURI(), ex);
		return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", request), null);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest webRequest) {
		HttpServletRequest request = ((ServletWebRequest) webRequest).getRequest();
		PayloadTooLargeException tooLarge = cause(ex, PayloadTooLargeException.class);
		if (tooLarge != null) {
			return payloadTooLarge(tooLarge, request);
		}
		DatabindException databind = cause(ex, DatabindException.class);
		if (databind instanceof UnrecognizedPropertyException unknown && !unknown.getPath().isEmpty()) {
			return invalid(List.of(violation(path(unknown), "json.unknownProperty")), request);
		}
		if (databind instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return invalid(List.of(violation(path(mismatch), "json.invalidValue")), request);
		}
		count(request, IntakeMetrics.INVALID);
		JacksonException jackson = cause(ex, JacksonException.class);
		ProblemDetail problem = (jackson != null && jackson.getLocation() != null)
				? problem(HttpStatus.BAD_REQUEST, "malformed-json", request, jackson.getLocation().getLineNr(),
						jackson.getLocation().getColumnNr())
				: problem(HttpStatus.BAD_REQUEST, "malformed-json", request, "?", "?");
		return respond(problem, headers);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest webRequest) {
		HttpServletRequest request = ((ServletWebRequest) webRequest).getRequest();
		count(request, IntakeMetrics.UNSUPPORTED_MEDIA_TYPE);
		String given = (ex.getContentType() != null) ? ex.getContentType().toString() : "-";
		return respond(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", request, given), headers);
	}

	private ResponseEntity<Object> invalid(List<FieldViolation> violations, HttpServletRequest request) {
		count(request, IntakeMetrics.INVALID);
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-profile", request, violations.size());
		problem.setProperty("errors", violations);
		return respond(problem, null);
	}

	private ResponseEntity<Object> unavailable(String type, HttpServletRequest request) {
		count(request, IntakeMetrics.UNAVAILABLE);
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, "5");
		return respond(problem(HttpStatus.SERVICE_UNAVAILABLE, type, request), headers);
	}

	private FieldViolation violation(String field, String code) {
		return new FieldViolation(field, code, this.messages.getMessage(code, null, code, locale()));
	}

	private ProblemDetail problem(HttpStatus status, String type, HttpServletRequest request, Object... args) {
		Locale locale = locale();
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create(TYPES + type));
		problem
			.setTitle(this.messages.getMessage("problem." + type + ".title", null, status.getReasonPhrase(), locale));
		problem.setDetail(this.messages.getMessage("problem." + type + ".detail", args, null, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	private static ResponseEntity<Object> respond(ProblemDetail problem, @Nullable HttpHeaders headers) {
		return ResponseEntity.status(problem.getStatus())
			.headers((headers != null) ? headers : HttpHeaders.EMPTY)
			.body(problem);
	}

	/**
	 * A rejected submission ({@code POST}) or withdrawal ({@code DELETE}) of a profile
	 * kind.
	 */
	private void count(HttpServletRequest request, String outcome) {
		Optional<ProfileKind> kind = ProfileKind.ofPath(request.getRequestURI());
		if (kind.isPresent() && HttpMethod.POST.matches(request.getMethod())) {
			this.metrics.submission(kind.get(), outcome);
		}
		if (kind.isPresent() && HttpMethod.DELETE.matches(request.getMethod())) {
			this.metrics.withdrawal(kind.get(), outcome);
		}
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/** {@code contact.phon}, {@code industryCodes[2]}. */
	private static String path(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static <T extends Throwable> @Nullable T cause(Throwable ex, Class<T> type) {
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

}
