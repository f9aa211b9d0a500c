/**
 * Turning match events into notifications on every channel, exactly once per match
 * revision, recipient and channel.
 */
@NullMarked
package io.duijie.notification.delivery;

import org.jspecify.annotations.NullMarked;
