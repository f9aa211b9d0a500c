package io.duijie.notification.inbox;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.duijie.notification.system.NotificationProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/inbox/{recipientId}} (newest first) and {@code POST
 * /api/inbox/{recipientId}/{notificationId}/read}. A notification id contains slashes
 * ({@code <matchId>/<revision>/<recipientId>/<channel>}); they stay plain path segments,
 * so the read endpoint takes the rest of the path and expects it to end in {@code /read}.
 */
@RestController
class InboxController {

	private static final String READ_SUFFIX = "/read";

	private final InboxStore store;

	private final NotificationProperties properties;

	private final MessageSource messages;

	InboxController(InboxStore store, NotificationProperties properties, MessageSource messages) {
		this.store = store;
		this.properties = properties;
		this.messages = messages;
	}

	@GetMapping("/api/inbox/{recipientId}")
	List<InboxItem> inbox(@PathVariable String recipientId, @RequestParam(required = false) @Nullable Integer limit) {
		int size = (limit != null) ? Math.max(1, Math.min(limit, this.properties.inboxMaxItems()))
				: this.properties.inboxPageSize();
		return this.store.newest(recipientId, size);
	}

	@PostMapping("/api/inbox/{recipientId}/{*rest}")
	ResponseEntity<?> markRead(@PathVariable String recipientId, @PathVariable String rest, Locale locale) {
		if (!rest.endsWith(READ_SUFFIX) || rest.length() <= READ_SUFFIX.length() + 1) {
			return notFound(locale);
		}
		String notificationId = rest.substring(1, rest.length() - READ_SUFFIX.length());
		return this.store.markRead(recipientId, notificationId) ? ResponseEntity.noContent().build() : notFound(locale);
	}

	private ResponseEntity<ProblemDetail> notFound(Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				this.messages.getMessage("inbox.notification.notFound", null, "Not found", locale));
		problem.setType(URI.create("https://duijie.io/problems/notification-not-found"));
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

}
