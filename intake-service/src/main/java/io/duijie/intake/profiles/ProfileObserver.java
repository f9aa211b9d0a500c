package io.duijie.intake.profiles;

import io.duijie.contracts.DuijieEvent;
import org.jspecify.annotations.Nullable;

/**
 * Told by the {@link ProfileStore} of every change it made: a version that became current
 * and a withdrawal, both live (after the broker's acknowledgement) and during a rebuild
 * from the topics. Keeps derived Redis indexes in step with the store; must be
 * idempotent, as the same change may be told again.
 */
public interface ProfileObserver {

	/** A version became the current one. */
	void saved(ProfileKind kind, ProfileView<?> view);

	/**
	 * A profile was withdrawn.
	 * @param withdrawal the withdrawal event, or {@code null} when not at hand
	 */
	void removed(ProfileKind kind, String id, long version, @Nullable DuijieEvent withdrawal);

}
