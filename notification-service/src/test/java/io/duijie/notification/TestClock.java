package io.duijie.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in the integration tests: the system clock plus an offset that a
 * test moves forward to reach the end of quiet hours or a digest time, and sets back to
 * zero when done.
 */
final class TestClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	void advance(Duration by) {
		this.offset = this.offset.plus(by);
	}

	void reset() {
		this.offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

}
