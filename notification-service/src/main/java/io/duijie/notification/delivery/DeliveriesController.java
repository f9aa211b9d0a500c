package io.duijie.notification.delivery;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.duijie.contracts.Channel;
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
 * {@code GET /api/deliveries?status=FAILED&page=0&size=20}: the parked deliveries, most
 * recently parked first, with the reason. {@code POST
 * /api/deliveries/{notificationId}/retry}: sends a parked delivery again at once (with
 * the recipient's current preferences) and answers its new state; a {@code 404} problem
 * if the ledger does not know it, a {@code 409} if it is not parked. The notification
 * id's slashes stay plain path segments, e.g.
 * {@code POST /api/deliveries/ent-1~cp-9/e2-p1/ent-1/WEBHOOK/retry}. Problems are RFC
 * 9457, in Chinese or English by {@code Accept-Language}.
 */
@RestController
class DeliveriesController {

	static final int MAX_PAGE_SIZE = 200;

	private static final String RETRY_SUFFIX = "/retry";

	private final DeliveryEngine engine;

	private final DeliveryLedger ledger;

	private final MessageSource messages;

	DeliveriesController(DeliveryEngine engine, DeliveryLedger ledger, MessageSource messages) {
		this.engine = engine;
		this.ledger = ledger;
		this.messages = messages;
	}

	/** A delivery as the API shows it. */
	record DeliveryView(String notificationId, LedgerEntry.Status status, Channel channel, String recipientId,
			int attempts, Instant updatedAt, @Nullable Instant dueAt, @Nullable String reason) {

		static DeliveryView of(LedgerEntry entry) {
			return new DeliveryView(entry.notificationId(), entry.status(), entry.channel(), entry.recipientId(),
					entry.attempts(), entry.updatedAt(), entry.dueAt(), entry.reason());
		}

	}

	/** One page of deliveries. */
	record DeliveryPage(List<DeliveryView> items, int page, int size, long total) {
	}

	@GetMapping("/api/deliveries")
	ResponseEntity<?> list(@RequestParam(defaultValue = "FAILED") String status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Locale locale) {
		if (!LedgerEntry.Status.FAILED.name().equalsIgnoreCase(status)) {
			return problem(HttpStatus.BAD_REQUEST, "invalid-delivery-query", "problem.deliveries.status", locale);
		}
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			return problem(HttpStatus.BAD_REQUEST, "invalid-delivery-query", "problem.deliveries.paging", locale,
					MAX_PAGE_SIZE);
		}
		List<DeliveryView> items = this.ledger.failed(page, size).stream().map(DeliveryView::of).toList();
		return ResponseEntity.ok(new DeliveryPage(items, page, size, this.ledger.failedCount()));
	}

	@PostMapping("/api/deliveries/{*rest}")
	ResponseEntity<?> retry(@PathVariable String rest, Locale locale) {
		if (!rest.endsWith(RETRY_SUFFIX) || rest.length() <= RETRY_SUFFIX.length() + 1) {
			return problem(HttpStatus.NOT_FOUND, "delivery-not-found", "problem.delivery.notFound", locale);
		}
		String notificationId = rest.substring(1, rest.length() - RETRY_SUFFIX.length());
		DeliveryEngine.RetryResult result = this.engine.retryParked(notificationId);
		return switch (result.kind()) {
			case NOT_FOUND -> problem(HttpStatus.NOT_FOUND, "delivery-not-found", "problem.delivery.notFound", locale);
			case NOT_PARKED -> problem(HttpStatus.CONFLICT, "delivery-not-parked", "problem.delivery.notParked", locale,
					String.valueOf(result.status()));
			case ATTEMPTED -> (result.entry() != null) ? ResponseEntity.ok(DeliveryView.of(result.entry()))
					: problem(HttpStatus.NOT_FOUND, "delivery-not-found", "problem.delivery.notFound", locale);
		};
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String code, Locale locale,
			Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(code + ".detail", arguments, code, locale));
		problem.setType(URI.create("https://duijie.io/problems/" + type));
		problem.setTitle(this.messages.getMessage(code + ".title", null, code, locale));
		return ResponseEntity.status(status).body(problem);
	}

}
