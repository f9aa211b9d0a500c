package io.duijie.notification.inbox;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.duijie.notification.system.NotificationProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The inbox API. {@code GET /api/recipients/{id}/inbox?page=&size=}: a page, newest
 * first, with {@code total} and {@code unread}; {@code GET
 * /api/recipients/{id}/inbox/stream}: Server-Sent Events of new entries; {@code POST
 * /api/recipients/{id}/inbox/{notificationId}/read} and {@code …/unread}. A notification
 * id contains slashes ({@code <aggregate>/<revision>/<recipientId>/<channel>}); they stay
 * plain path segments, so the endpoint takes the rest of the path and expects it to end
 * in {@code /read} or {@code /unread}. The first paths, {@code GET
 * /api/inbox/{id}?limit=} (a bare list) and {@code POST
 * /api/inbox/{id}/{notificationId}/read}, still answer.
 */
@RestController
class InboxController {

	private static final String READ_SUFFIX = "/read";

	private static final String UNREAD_SUFFIX = "/unread";

	private final InboxStore store;

	private final InboxStreams streams;

	private final NotificationProperties properties;

	private final MessageSource messages;

	InboxController(InboxStore store, InboxStreams streams, NotificationProperties properties, MessageSource messages) {
		this.store = store;
		this.streams = streams;
		this.properties = properties;
		this.messages = messages;
	}

	@GetMapping("/api/recipients/{recipientId}/inbox")
	ResponseEntity<?> page(@PathVariable String recipientId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) @Nullable Integer size, Locale locale) {
		int pageSize = (size != null) ? size : this.properties.inboxPageSize();
		int max = this.properties.inboxMaxItems();
		if (page < 0 || pageSize < 1 || pageSize > max) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					this.messages.getMessage("inbox.page.invalid", new Object[] { max }, "Bad page", locale));
			problem.setType(URI.create("https://duijie.io/problems/invalid-page"));
			return ResponseEntity.badRequest().body(problem);
		}
		return ResponseEntity.ok(this.store.page(recipientId, page, pageSize));
	}

	@GetMapping(path = "/api/recipients/{recipientId}/inbox/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(@PathVariable String recipientId) {
		return this.streams.open(recipientId, this.properties.sseTimeout().toMillis(), this.store.unread(recipientId));
	}

	@PostMapping({ "/api/recipients/{recipientId}/inbox/{*rest}", "/api/inbox/{recipientId}/{*rest}" })
	ResponseEntity<?> mark(@PathVariable String recipientId, @PathVariable String rest, Locale locale) {
		if (rest.endsWith(UNREAD_SUFFIX) && rest.length() > UNREAD_SUFFIX.length() + 1) {
			String notificationId = rest.substring(1, rest.length() - UNREAD_SUFFIX.length());
			return this.store.markUnread(recipientId, notificationId) ? ResponseEntity.noContent().build()
					: notFound(locale);
		}
		if (rest.endsWith(READ_SUFFIX) && rest.length() > READ_SUFFIX.length() + 1) {
			String notificationId = rest.substring(1, rest.length() - READ_SUFFIX.length());
			return this.store.markRead(recipientId, notificationId) ? ResponseEntity.noContent().build()
					: notFound(locale);
		}
		return notFound(locale);
	}

	@GetMapping("/api/inbox/{recipientId}")
	List<InboxItem> inbox(@PathVariable String recipientId, @RequestParam(required = false) @Nullable Integer limit) {
		int size = (limit != null) ? Math.max(1, Math.min(limit, this.properties.inboxMaxItems()))
				: this.properties.inboxPageSize();
		return this.store.newest(recipientId, size);
	}

	private ResponseEntity<ProblemDetail> notFound(Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				this.messages.getMessage("inbox.notification.notFound", null, "Not found", locale));
		problem.setType(URI.create("https://duijie.io/problems/notification-not-found"));
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

}
