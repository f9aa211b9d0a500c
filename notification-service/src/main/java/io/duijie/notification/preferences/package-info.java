/**
 * Per-recipient notification preferences: channels, e-mail override, webhook, locale; the
 * preferences API; their compacted topic {@code recipient-preferences}, replayed into
 * Redis whenever Redis lost them.
 */
@NullMarked
package io.duijie.notification.preferences;

import org.jspecify.annotations.NullMarked;
