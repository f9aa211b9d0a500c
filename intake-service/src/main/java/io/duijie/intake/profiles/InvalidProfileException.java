package io.duijie.intake.profiles;

import java.util.List;

/**
 * A submitted profile has invalid fields; all of them are listed. Nothing was published.
 */
public class InvalidProfileException extends RuntimeException {

	private final ProfileKind kind;

	private final List<FieldViolation> violations;

	public InvalidProfileException(ProfileKind kind, List<FieldViolation> violations) {
		super(violations.size() + " invalid field(s) in a " + kind.tag() + " profile");
		this.kind = kind;
		this.violations = List.copyOf(violations);
	}

	public ProfileKind kind() {
		return this.kind;
	}

	public List<FieldViolation> violations() {
		return this.violations;
	}

}
