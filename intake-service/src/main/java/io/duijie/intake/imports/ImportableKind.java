package io.duijie.intake.imports;

import io.duijie.intake.profiles.Accepted;
import io.duijie.intake.profiles.InvalidProfileException;
import io.duijie.intake.profiles.ProfileKind;

/**
 * A profile kind that rows can be imported as: implemented beside each kind's intake (in
 * its own package, where its request record lives), so that an imported row goes through
 * exactly the validation, normalisation, ids and events of {@code POST /api/<kind>s}.
 */
public interface ImportableKind {

	ProfileKind kind();

	/** The request record the JSON API reads, e.g. {@code EnterpriseRequest}. */
	Class<?> requestType();

	/** The normalised profile record, as the store keeps it. */
	Class<?> profileType();

	/**
	 * Validates a request (messages in the current {@code LocaleContextHolder} locale)
	 * and returns the id and normalised profile its submission would publish.
	 * @throws InvalidProfileException naming every invalid field
	 */
	Prepared prepare(Object request);

	/**
	 * Submits a request as the JSON API does: published, acknowledged, then current.
	 */
	Accepted submit(Object request);

	/**
	 * What a valid request would become.
	 *
	 * @param id the profile id
	 * @param profile the normalised profile
	 */
	record Prepared(String id, Object profile) {
	}

}
