package io.duijie.intake.profiles;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * {@code duijie.intake.submissions} and {@code duijie.intake.withdrawals}, tagged
 * {@code kind} (enterprise, investor, counterpart) and {@code outcome}.
 */
@Component
public class IntakeMetrics {

	/** The broker acknowledged the event. */
	public static final String ACCEPTED = "accepted";

	/** 400: invalid fields, malformed JSON, unknown properties. */
	public static final String INVALID = "invalid";

	/** 413: the body is larger than {@code duijie.intake.max-body-size}. */
	public static final String TOO_LARGE = "too_large";

	/** 415: not JSON. */
	public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type";

	/** 503: the broker or Redis did not answer in time. */
	public static final String UNAVAILABLE = "unavailable";

	/** 404: withdrawing a profile that is not there. */
	public static final String NOT_FOUND = "not_found";

	private final MeterRegistry meters;

	public IntakeMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	public void submission(ProfileKind kind, String outcome) {
		this.meters.counter("duijie.intake.submissions", "kind", kind.tag(), "outcome", outcome).increment();
	}

	public void withdrawal(ProfileKind kind, String outcome) {
		this.meters.counter("duijie.intake.withdrawals", "kind", kind.tag(), "outcome", outcome).increment();
	}

}
