package io.duijie.intake.leads;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.duijie.intake.profiles.FieldViolation;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The pipeline's RFC 9457 problems, in Chinese or English by {@code Accept-Language}:
 * {@code invalid-lead} (400, every invalid field in {@code errors} with {@code field},
 * {@code code} and {@code message}) and {@code lead-not-found} (404). Malformed JSON,
 * unknown properties, 413, 415 and 503 are answered by intake-service's common handler.
 */
@RestControllerAdvice(assignableTypes = LeadController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class LeadProblems {

	static final String INVALID = "https://duijie.io/problems/invalid-lead";

	static final String NOT_FOUND = "https://duijie.io/problems/lead-not-found";

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(InvalidLeadException ex, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		boolean zh = LeadMessages.chinese(locale);
		List<FieldViolation> errors = ex.violations()
			.stream()
			.map((v) -> LeadMessages.violation(v.field(), v.code(), locale, v.args().toArray()))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				zh ? "请求中有 " + errors.size() + " 个字段无效，详见 errors。"
						: errors.size() + " field(s) of the request are invalid; see errors.");
		problem.setType(URI.create(INVALID));
		problem.setTitle(zh ? "线索数据无效" : "Invalid lead");
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(LeadNotFoundException ex, HttpServletRequest request) {
		boolean zh = LeadMessages.chinese(LocaleContextHolder.getLocale());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				zh ? "没有 id 为 " + ex.id() + " 的线索。" : "There is no lead with id " + ex.id() + ".");
		problem.setType(URI.create(NOT_FOUND));
		problem.setTitle(zh ? "未找到线索" : "Lead not found");
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

}
