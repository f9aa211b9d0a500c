package io.duijie.intake.profiles;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to an accepted submission or withdrawal: the broker acknowledged the event.
 *
 * @param id the profile id
 * @param version the version the event carries
 */
@Schema(description = "The broker acknowledged the event: the profile id and the version it carries")
public record Accepted(@Schema(example = "0b6f4a6e-8c1c-3d51-9d0e-6f2a1c2b7e11") String id,
		@Schema(example = "1") long version) {
}
