package io.duijie.intake.profiles;

/**
 * No current profile of that kind has that id (never submitted, or withdrawn).
 */
public class ProfileNotFoundException extends RuntimeException {

	private final ProfileKind kind;

	private final String id;

	public ProfileNotFoundException(ProfileKind kind, String id) {
		super("No " + kind.tag() + " " + id);
		this.kind = kind;
		this.id = id;
	}

	public ProfileKind kind() {
		return this.kind;
	}

	public String id() {
		return this.id;
	}

}
