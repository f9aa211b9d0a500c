package io.duijie.intake.profiles;

import java.util.Arrays;
import java.util.Optional;

import io.duijie.contracts.Topics;

/**
 * The three kinds of profile intake-service takes: where they are posted and which
 * compacted topic they go to.
 */
public enum ProfileKind {

	ENTERPRISE("enterprise", "/api/enterprises", Topics.ENTERPRISE_PROFILES),

	INVESTOR("investor", "/api/investors", Topics.INVESTOR_PROFILES),

	COUNTERPART("counterpart", "/api/counterparts", Topics.COUNTERPART_PROFILES);

	private final String tag;

	private final String path;

	private final String topic;

	ProfileKind(String tag, String path, String topic) {
		this.tag = tag;
		this.path = path;
		this.topic = topic;
	}

	/** Lower-case name, used in metric tags, Redis keys and natural ids. */
	public String tag() {
		return this.tag;
	}

	/** The collection resource, e.g. {@code /api/enterprises}. */
	public String path() {
		return this.path;
	}

	/** The compacted topic of this kind; key = profile id. */
	public String topic() {
		return this.topic;
	}

	/** The resource of one profile, e.g. {@code /api/enterprises/<id>}. */
	public String location(String id) {
		return this.path + "/" + id;
	}

	public static Optional<ProfileKind> ofTopic(String topic) {
		return Arrays.stream(values()).filter((kind) -> kind.topic.equals(topic)).findFirst();
	}

	/** The kind whose collection a request path is, or is under. */
	public static Optional<ProfileKind> ofPath(String path) {
		return Arrays.stream(values())
			.filter((kind) -> path.equals(kind.path) || path.startsWith(kind.path + "/"))
			.findFirst();
	}

}
