package io.duijie.intake.profiles;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The current version of a profile, as {@code GET} returns it and Redis keeps it.
 *
 * @param id the profile id (a name-based UUID)
 * @param version the version, 1 for the first submission
 * @param profile the profile as validated and normalised
 * @param updatedAt when this version was submitted
 * @param <P> the profile record
 */
@Schema(description = "The current version of a profile")
public record ProfileView<P>(String id, long version, P profile, Instant updatedAt) {
}
