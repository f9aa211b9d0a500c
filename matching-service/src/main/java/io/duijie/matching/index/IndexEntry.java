package io.duijie.matching.index;

import org.jspecify.annotations.Nullable;

/**
 * One profile in the index at its version. A withdrawn profile keeps its entry without a
 * profile, so that an older event redelivered afterwards cannot bring it back.
 *
 * @param <P> the profile record
 * @param id the enterprise, counterpart or investor id
 * @param version the profile version
 * @param profile the profile, or {@code null} once withdrawn
 */
public record IndexEntry<P>(String id, long version, @Nullable P profile) {

	public boolean live() {
		return this.profile != null;
	}

	/** The profile of a live entry. */
	public P requireProfile() {
		P current = this.profile;
		if (current == null) {
			throw new IllegalStateException("Entry " + this.id + " was withdrawn");
		}
		return current;
	}

}
