package io.duijie.intake.leads;

import java.util.List;

/**
 * A lead request with invalid fields, or a move the pipeline does not allow; the
 * violations are put into words in the client's language when answered.
 */
class InvalidLeadException extends RuntimeException {

	private final List<Violation> violations;

	InvalidLeadException(List<Violation> violations) {
		super(violations.size() + " invalid field(s): " + violations);
		this.violations = List.copyOf(violations);
	}

	List<Violation> violations() {
		return this.violations;
	}

	/**
	 * One invalid field: its JSON path, a stable code ({@link LeadMessages}) and the
	 * arguments of the message.
	 */
	record Violation(String field, String code, List<Object> args) {

		static Violation of(String field, String code, Object... args) {
			return new Violation(field, code, List.of(args));
		}

	}

}
