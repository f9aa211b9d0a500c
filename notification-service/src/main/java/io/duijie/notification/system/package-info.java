/**
 * Cross-cutting configuration: settings, topic declarations, masking of contact details.
 */
@NullMarked
package io.duijie.notification.system;

import org.jspecify.annotations.NullMarked;
