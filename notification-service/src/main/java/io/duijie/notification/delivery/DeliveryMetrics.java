package io.duijie.notification.delivery;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.duijie.contracts.Channel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * {@code duijie.notification.deliveries}, tagged by channel and outcome: delivered,
 * duplicate (a claim found the notification delivered or under way), failed (an attempt
 * failed), retried (a failed attempt was scheduled again), parked (given up: failed
 * permanently or too often). {@code duijie.notification.delivery.latency}: from the
 * event's {@code occurredAt} to the recorded delivery, per channel, with a histogram for
 * percentiles. {@code duijie.notification.contact.misses}: match records that came before
 * their enterprise's profile and were sent back for a retry.
 */
@Component
class DeliveryMetrics {

	static final String NAME = "duijie.notification.deliveries";

	static final String LATENCY = "duijie.notification.delivery.latency";

	static final String CONTACT_MISSES = "duijie.notification.contact.misses";

	private static final String[] OUTCOMES = { "delivered", "duplicate", "failed", "retried", "parked" };

	private final MeterRegistry meters;

	private final Map<Channel, Timer> latency = new EnumMap<>(Channel.class);

	DeliveryMetrics(MeterRegistry meters) {
		this.meters = meters;
		for (Channel channel : Channel.values()) {
			for (String outcome : OUTCOMES) {
				counter(channel, outcome);
			}
			this.latency.put(channel,
					Timer.builder(LATENCY)
						.description("From the event's occurredAt to the recorded delivery")
						.tag("channel", channel.name())
						.publishPercentileHistogram()
						.minimumExpectedValue(Duration.ofMillis(1))
						.maximumExpectedValue(Duration.ofHours(2))
						.register(meters));
		}
	}

	void delivered(Channel channel, Duration sinceEvent) {
		counter(channel, "delivered").increment();
		this.latency.get(channel).record(sinceEvent.isNegative() ? Duration.ZERO : sinceEvent);
	}

	void delivered(Channel channel) {
		counter(channel, "delivered").increment();
	}

	void duplicate(Channel channel) {
		counter(channel, "duplicate").increment();
	}

	void failed(Channel channel) {
		counter(channel, "failed").increment();
	}

	void retried(Channel channel) {
		counter(channel, "retried").increment();
	}

	void parked(Channel channel) {
		counter(channel, "parked").increment();
	}

	void contactMissing() {
		Counter.builder(CONTACT_MISSES)
			.description("Match records retried because the enterprise's contact was not known yet")
			.register(this.meters)
			.increment();
	}

	private Counter counter(Channel channel, String outcome) {
		return Counter.builder(NAME)
			.description("Notifications by channel and outcome")
			.tag("channel", channel.name())
			.tag("outcome", outcome)
			.register(this.meters);
	}

}
