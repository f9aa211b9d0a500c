package io.duijie.notification.contacts;

import org.jspecify.annotations.Nullable;

/**
 * What notification-service keeps of an enterprise profile: enough to address it.
 * Personal data: never log {@code email} in clear.
 *
 * @param enterpriseId the enterprise's id
 * @param enterpriseName its registered name
 * @param contactName the contact person
 * @param email the contact's e-mail, or {@code null}
 * @param ownerStaffId the staff member who owns the lead, or {@code null}
 * @param version the profile version this entry was taken from
 */
public record EnterpriseContact(String enterpriseId, String enterpriseName, String contactName, @Nullable String email,
		@Nullable String ownerStaffId, long version) {
}
