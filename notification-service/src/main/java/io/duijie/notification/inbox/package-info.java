/**
 * The in-app inbox: newest-first notification lists per recipient in Redis, and its API.
 */
@NullMarked
package io.duijie.notification.inbox;

import org.jspecify.annotations.NullMarked;
