package io.duijie.contracts;

import org.jspecify.annotations.Nullable;

/**
 * One side of a meeting.
 *
 * @param id the participant's id (an enterprise, counterpart, investor or park id)
 * @param kind {@code ENTERPRISE}, {@code HOST}, {@code INSTITUTION}, {@code INVESTOR} or
 * {@code PARK}
 * @param name the participant's name
 * @param ownerStaffId the staff member (招商人员) who looks after this participant, or
 * {@code null}
 */
public record MeetingParticipant(String id, String kind, String name, @Nullable String ownerStaffId) {

	public static final String ENTERPRISE = "ENTERPRISE";

	public static final String HOST = "HOST";

	public static final String INSTITUTION = "INSTITUTION";

	public static final String INVESTOR = "INVESTOR";

	public static final String PARK = "PARK";

}
