package io.duijie.matching.matches;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.duijie.contracts.PartnerType;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/matches?enterpriseId=…}, {@code ?counterpartId=…} or
 * {@code ?investorId=…}: the current matches of one enterprise or partner, best first.
 * Exactly one parameter; otherwise a 400 problem detail (RFC 9457) in Chinese or English
 * by {@code Accept-Language}.
 */
@RestController
@RequestMapping("/api/matches")
class MatchController {

	static final URI PROBLEM_TYPE = URI.create("https://duijie.io/problems/match-query");

	private static final List<String> PARAMETERS = List.of("enterpriseId", "counterpartId", "investorId");

	private final MatchStore store;

	MatchController(MatchStore store) {
		this.store = store;
	}

	@GetMapping
	List<MatchView> list(@RequestParam(required = false) @Nullable String enterpriseId,
			@RequestParam(required = false) @Nullable String counterpartId,
			@RequestParam(required = false) @Nullable String investorId) {
		long given = Stream.of(enterpriseId, counterpartId, investorId).filter(StringUtils::hasText).count();
		if (given != 1) {
			throw new InvalidMatchQueryException(given);
		}
		if (StringUtils.hasText(enterpriseId)) {
			return this.store.ofEnterprise(enterpriseId);
		}
		if (StringUtils.hasText(counterpartId)) {
			return this.store.ofPartner(PartnerType.COUNTERPART, counterpartId);
		}
		return this.store.ofPartner(PartnerType.INVESTOR, investorId);
	}

	@ExceptionHandler
	ProblemDetail invalidQuery(InvalidMatchQueryException ex, Locale locale) {
		boolean zh = "zh".equals(locale.getLanguage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				zh ? "请在 enterpriseId、counterpartId、investorId 中恰好提供一个参数（收到 " + ex.given + " 个）"
						: "Give exactly one of enterpriseId, counterpartId and investorId (got " + ex.given + ")");
		problem.setType(PROBLEM_TYPE);
		problem.setTitle(zh ? "查询参数有误" : "Invalid match query");
		problem.setProperty("parameters", PARAMETERS);
		return problem;
	}

	/** Not exactly one of the query parameters. */
	static final class InvalidMatchQueryException extends RuntimeException {

		private final long given;

		InvalidMatchQueryException(long given) {
			super("Expected exactly one query parameter, got " + given);
			this.given = given;
		}

	}

}
