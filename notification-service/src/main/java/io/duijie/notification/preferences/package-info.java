/**
 * Per-recipient notification preferences: channels, e-mail override, webhook, locale; the
 * preferences API.
 */
@NullMarked
package io.duijie.notification.preferences;

import org.jspecify.annotations.NullMarked;
