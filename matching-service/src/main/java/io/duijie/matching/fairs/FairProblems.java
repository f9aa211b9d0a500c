package io.duijie.matching.fairs;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The problem details (RFC 9457) of the fairs API, in Chinese or English by
 * {@code Accept-Language}: {@code invalid-fair-input} (400, field by field),
 * {@code fair-not-found} (404), {@code fair-conflict} (409, with a {@code reason} code)
 * and {@code meeting-move-refused} (409, with the {@code reason} and the
 * {@code participantId} it concerns).
 */
@RestControllerAdvice(assignableTypes = { FairController.class, ScheduleController.class })
class FairProblems {

	static final URI INVALID = URI.create("https://duijie.io/problems/invalid-fair-input");

	static final URI NOT_FOUND = URI.create("https://duijie.io/problems/fair-not-found");

	static final URI CONFLICT = URI.create("https://duijie.io/problems/fair-conflict");

	static final URI MOVE_REFUSED = URI.create("https://duijie.io/problems/meeting-move-refused");

	@ExceptionHandler
	ProblemDetail invalid(InvalidInput ex, Locale locale) {
		boolean zh = zh(locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				zh ? ex.zhWhat + "有 " + ex.errors.size() + " 处错误" : "The " + ex.enWhat + " has " + ex.errors.size()
						+ " invalid field" + ((ex.errors.size() == 1) ? "" : "s"));
		problem.setType(INVALID);
		problem.setTitle(zh ? ex.zhWhat + "无效" : "Invalid " + ex.enWhat);
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
	ProblemDetail notFound(NotFound ex, Locale locale) {
		boolean zh = zh(locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				zh ? "没有" + ex.zhWhat + " " + ex.id : "No " + ex.enWhat + " " + ex.id);
		problem.setType(NOT_FOUND);
		problem.setTitle(zh ? ex.zhWhat + "不存在" : capitalized(ex.enWhat) + " not found");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail refused(Refused ex, Locale locale) {
		boolean zh = zh(locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, zh ? ex.zh : ex.en);
		problem.setType(ex.move ? MOVE_REFUSED : CONFLICT);
		problem.setTitle(ex.move ? (zh ? "无法调整洽谈" : "Move refused") : (zh ? "操作冲突" : "Conflict"));
		problem.setProperty("reason", ex.reason);
		if (!ex.participantId.isEmpty()) {
			problem.setProperty("participantId", ex.participantId);
		}
		return problem;
	}

	private static boolean zh(Locale locale) {
		return "zh".equals(locale.getLanguage());
	}

	private static String capitalized(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/**
	 * One invalid field.
	 *
	 * @param field its path, e.g. {@code sessions[1].end}
	 * @param zh what is wrong, in Chinese
	 * @param en what is wrong, in English
	 */
	record FieldError(String field, String zh, String en) {

		static FieldError required(String field) {
			return new FieldError(field, "必填", "is required");
		}

		static FieldError tooLong(String field, int max) {
			return new FieldError(field, "不得超过 " + max + " 个字符", "must be at most " + max + " characters");
		}

		static FieldError oneOf(String field, List<String> values) {
			return new FieldError(field, "须为 " + String.join("、", values) + " 之一",
					"must be one of " + String.join(", ", values));
		}

	}

	/** Input that is invalid field by field; nothing was stored or published. */
	static final class InvalidInput extends RuntimeException {

		private final String zhWhat;

		private final String enWhat;

		private final List<FieldError> errors;

		InvalidInput(String zhWhat, String enWhat, List<FieldError> errors) {
			super("Invalid " + enWhat + ": " + errors);
			this.zhWhat = zhWhat;
			this.enWhat = enWhat;
			this.errors = List.copyOf(errors);
		}

	}

	/** A fair, participant, request, version or meeting that does not exist. */
	static final class NotFound extends RuntimeException {

		private final String zhWhat;

		private final String enWhat;

		private final String id;

		NotFound(String zhWhat, String enWhat, String id) {
			super("No " + enWhat + " " + id);
			this.zhWhat = zhWhat;
			this.enWhat = enWhat;
			this.id = id;
		}

		static NotFound fair(String id) {
			return new NotFound("对接会", "fair", id);
		}

		static NotFound participant(String id) {
			return new NotFound("参会方", "participant", id);
		}

		static NotFound request(String id) {
			return new NotFound("洽谈需求", "request", id);
		}

		static NotFound version(int number) {
			return new NotFound("日程版本", "schedule version", String.valueOf(number));
		}

		static NotFound meeting(String id) {
			return new NotFound("洽谈", "meeting", id);
		}

	}

	/** An operation the fair's state does not allow (409). */
	static final class Refused extends RuntimeException {

		private final String reason;

		private final String participantId;

		private final String zh;

		private final String en;

		private final boolean move;

		Refused(String reason, String zh, String en) {
			this(reason, "", zh, en, false);
		}

		Refused(String reason, String participantId, String zh, String en, boolean move) {
			super(reason + ": " + en);
			this.reason = reason;
			this.participantId = participantId;
			this.zh = zh;
			this.en = en;
			this.move = move;
		}

		static Refused move(PlacementCheck.Refusal refusal) {
			return new Refused(refusal.reason(), refusal.participantId(), refusal.zh(), refusal.en(), true);
		}

		static Refused closed(String fairId) {
			return new Refused("FAIR_CLOSED", "对接会 " + fairId + " 已结束，不再接受变更",
					"Fair " + fairId + " is closed to changes");
		}

		static Refused noSchedule(String fairId) {
			return new Refused("NO_SCHEDULE", "对接会 " + fairId + " 还没有日程，请先排程",
					"Fair " + fairId + " has no schedule yet: run the scheduler first");
		}

	}

}
