/**
 * E-mail content: Thymeleaf templates (HTML and plain text, zh-CN and en), iCalendar
 * invitations made with ical4j, and the signed unsubscribe link with its endpoint.
 */
@NullMarked
package io.duijie.notification.mail;

import org.jspecify.annotations.NullMarked;
