package io.duijie.intake.system;

/**
 * A request body is larger than {@code duijie.intake.max-body-size}. Thrown while the
 * body is read, so that the one problem handler answers it.
 */
class PayloadTooLargeException extends RuntimeException {

	private final long limit;

	PayloadTooLargeException(long limit) {
		super("Request body larger than " + limit + " bytes");
		this.limit = limit;
	}

	long limit() {
		return this.limit;
	}

}
