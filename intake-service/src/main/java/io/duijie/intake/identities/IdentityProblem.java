package io.duijie.intake.identities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A refused identity request, answered as an RFC 9457 problem with its title and detail
 * in Chinese or English.
 *
 * @see IdentityProblemHandler
 */
class IdentityProblem extends RuntimeException {

	static final String TYPES = "https://duijie.io/problems/";

	private final HttpStatus status;

	private final String type;

	private final String titleZh;

	private final String titleEn;

	private final String detailZh;

	private final String detailEn;

	private final Map<String, Object> properties = new LinkedHashMap<>();

	IdentityProblem(HttpStatus status, String type, String titleZh, String titleEn, String detailZh, String detailEn) {
		super(detailEn);
		this.status = status;
		this.type = type;
		this.titleZh = titleZh;
		this.titleEn = titleEn;
		this.detailZh = detailZh;
		this.detailEn = detailEn;
	}

	IdentityProblem with(String name, Object value) {
		this.properties.put(name, value);
		return this;
	}

	HttpStatus status() {
		return this.status;
	}

	String type() {
		return TYPES + this.type;
	}

	String title(Locale locale) {
		return zh(locale) ? this.titleZh : this.titleEn;
	}

	String detail(Locale locale) {
		return zh(locale) ? this.detailZh : this.detailEn;
	}

	Map<String, Object> properties() {
		return this.properties;
	}

	static boolean zh(Locale locale) {
		return "zh".equals(locale.getLanguage());
	}

	/** One invalid field, in both languages. */
	record FieldError(String field, String code, String zh, String en) {
	}

	static IdentityProblem invalid(List<FieldError> errors) {
		return new IdentityProblem(HttpStatus.BAD_REQUEST, "invalid-merge", "合并请求无效", "Invalid merge",
				"合并请求有 " + errors.size() + " 处错误", "The merge has " + errors.size() + " invalid fields")
			.with("errors", errors);
	}

	static IdentityProblem unknown(String field, String id) {
		return new IdentityProblem(HttpStatus.NOT_FOUND, "enterprise-not-found", "企业不存在", "Enterprise not found",
				"没有企业 " + id, "No enterprise " + id)
			.with("field", field)
			.with("enterpriseId", id);
	}

	static IdentityProblem alreadyMerged(String id, String into) {
		return new IdentityProblem(HttpStatus.CONFLICT, "merge-refused", "无法合并", "Merge refused",
				"企业 " + id + " 已合并到 " + into, "Enterprise " + id + " was already merged into " + into)
			.with("reason", "ALREADY_MERGED")
			.with("mergedInto", into);
	}

	static IdentityProblem survivorMerged(String into, String itsSurvivor) {
		return new IdentityProblem(HttpStatus.CONFLICT, "merge-refused", "无法合并", "Merge refused",
				"目标企业 " + into + " 已合并到 " + itsSurvivor + "，请合并到后者",
				"The target " + into + " was itself merged into " + itsSurvivor + ": merge into that one")
			.with("reason", "SURVIVOR_MERGED")
			.with("mergedInto", itsSurvivor);
	}

}
