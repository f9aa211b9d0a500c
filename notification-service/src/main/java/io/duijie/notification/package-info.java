/**
 * notification-service: match alerts to enterprises and staff by inbox, e-mail and
 * webhook, exactly once.
 */
@NullMarked
package io.duijie.notification;

import org.jspecify.annotations.NullMarked;
