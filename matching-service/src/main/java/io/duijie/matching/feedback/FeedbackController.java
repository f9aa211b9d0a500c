package io.duijie.matching.feedback;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.duijie.contracts.MatchFeedbackGiven;
import io.duijie.contracts.MatchFeedbackGiven.Decision;
import io.duijie.contracts.MatchFeedbackGiven.Side;
import io.duijie.matching.matches.MatchEventPublisher;
import io.duijie.matching.matches.MatchView;
import io.duijie.matching.matches.Matchmaker;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/matches/{matchId}/feedback}: one side accepts or declines a current
 * match, with a reason (required to decline). Answers 202 once the decision is on the
 * {@code match-feedback} topic; the ledger applies it from there. {@code GET} gives both
 * sides' latest decisions. Errors are RFC 9457 problem details, field by field, in
 * Chinese or English by {@code Accept-Language}.
 */
@RestController
@RequestMapping("/api/matches/{matchId}/feedback")
class FeedbackController {

	static final URI INVALID = URI.create("https://duijie.io/problems/invalid-feedback");

	static final URI NOT_FOUND = URI.create("https://duijie.io/problems/match-not-found");

	private final Matchmaker matchmaker;

	private final MatchEventPublisher publisher;

	private final FeedbackLedger ledger;

	FeedbackController(Matchmaker matchmaker, MatchEventPublisher publisher, FeedbackLedger ledger) {
		this.matchmaker = matchmaker;
		this.publisher = publisher;
		this.ledger = ledger;
	}

	@PostMapping
	@Operation(summary = "Accept or decline a match (对接意向反馈)")
	ResponseEntity<MatchFeedbackGiven> give(@PathVariable String matchId, @RequestBody FeedbackRequest request) {
		List<FieldError> errors = request.validate();
		if (!errors.isEmpty()) {
			throw new InvalidFeedbackException(errors);
		}
		MatchView match = this.matchmaker.match(matchId);
		if (match == null) {
			throw new MatchNotFoundException(matchId);
		}
		MatchFeedbackGiven feedback = new MatchFeedbackGiven(UUID.randomUUID().toString(), Instant.now(), matchId,
				match.enterpriseId(), match.partnerId(), match.partnerType(), Side.valueOf(request.side()),
				Decision.valueOf(request.decision()), request.reason(), request.by());
		this.publisher.publish(List.of(feedback));
		return ResponseEntity.accepted().body(feedback);
	}

	@GetMapping
	@Operation(summary = "Both sides' latest decisions on a match")
	Map<Side, MatchFeedbackGiven> decisions(@PathVariable String matchId) {
		return this.ledger.decisions(matchId);
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidFeedbackException ex, Locale locale) {
		boolean zh = "zh".equals(locale.getLanguage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				zh ? "反馈内容有 " + ex.errors.size() + " 处错误" : "The feedback has " + ex.errors.size() + " invalid fields");
		problem.setType(INVALID);
		problem.setTitle(zh ? "反馈无效" : "Invalid feedback");
		List<Map<String, String>> fields = new ArrayList<>();
		for (FieldError error : ex.errors) {
			Map<String, String> field = new LinkedHashMap<>();
			field.put("field", error.field());
			field.put("message", zh ? error.zh() : error.en());
			fields.add(field);
		}
		problem.setProperty("errors", fields);
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notFound(MatchNotFoundException ex, Locale locale) {
		boolean zh = "zh".equals(locale.getLanguage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				zh ? "没有当前的匹配 " + ex.matchId : "No current match " + ex.matchId);
		problem.setType(NOT_FOUND);
		problem.setTitle(zh ? "匹配不存在" : "Match not found");
		return problem;
	}

	/**
	 * A decision as submitted.
	 *
	 * @param side ENTERPRISE or PARTNER
	 * @param decision ACCEPT or DECLINE
	 * @param reason why; required to decline
	 * @param by who records it, e.g. a staff id
	 */
	@Schema(name = "FeedbackRequest", description = "One side's decision on a match (对接意向)")
	record FeedbackRequest(@Schema(allowableValues = {
			"ENTERPRISE", "PARTNER" }) @Nullable String side,
			@Schema(allowableValues = { "ACCEPT", "DECLINE" }) @Nullable String decision,
			@Schema(description = "Why (原因); required to decline", example = "厂房面积不足") @Nullable String reason,
			@Schema(example = "staff-qy-01") @Nullable String by){

		List<FieldError> validate() {
			List<FieldError> errors = new ArrayList<>();
			if (this.side == null || this.side.isBlank()) {
				errors.add(new FieldError("side", "必填", "is required"));
			}
			else if (!List.of("ENTERPRISE", "PARTNER").contains(this.side)) {
				errors.add(new FieldError("side", "须为 ENTERPRISE 或 PARTNER", "must be ENTERPRISE or PARTNER"));
			}
			if (this.decision == null || this.decision.isBlank()) {
				errors.add(new FieldError("decision", "必填", "is required"));
			}
			else if (!List.of("ACCEPT", "DECLINE").contains(this.decision)) {
				errors.add(new FieldError("decision", "须为 ACCEPT 或 DECLINE", "must be ACCEPT or DECLINE"));
			}
			else if ("DECLINE".equals(this.decision) && (this.reason == null || this.reason.isBlank())) {
				errors.add(new FieldError("reason", "婉拒时须说明原因", "is required to decline"));
			}
			if (this.reason != null && this.reason.length() > 500) {
				errors.add(new FieldError("reason", "不得超过 500 个字符", "must be at most 500 characters"));
			}
			if (this.by != null && this.by.length() > 100) {
				errors.add(new FieldError("by", "不得超过 100 个字符", "must be at most 100 characters"));
			}
			return errors;
		}

	}

	record FieldError(String field, String zh, String en) {
	}

	static final class InvalidFeedbackException extends RuntimeException {

		private final List<FieldError> errors;

		InvalidFeedbackException(List<FieldError> errors) {
			super("Invalid feedback: " + errors);
			this.errors = errors;
		}

	}

	static final class MatchNotFoundException extends RuntimeException {

		private final String matchId;

		MatchNotFoundException(String matchId) {
			super("No current match " + matchId);
			this.matchId = matchId;
		}

	}

}
