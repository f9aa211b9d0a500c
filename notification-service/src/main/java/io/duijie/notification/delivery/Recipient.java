package io.duijie.notification.delivery;

import io.duijie.contracts.NotificationDelivered.RecipientType;
import io.duijie.notification.preferences.Preferences;
import org.jspecify.annotations.Nullable;

/**
 * Someone to notify about a match, with where to reach them.
 *
 * @param id enterprise id or staff id
 * @param type enterprise or staff
 * @param greetingName the name used in greetings, or {@code null}
 * @param email the resolved e-mail address (preferences override, else the enterprise
 * contact's), or {@code null}
 * @param preferences their channels, webhook and locale
 */
record Recipient(String id, RecipientType type, @Nullable String greetingName, @Nullable String email,
		Preferences preferences) {
}
