package io.duijie.notification.delivery;

import io.duijie.contracts.Channel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * {@code duijie.notification.deliveries}, tagged by channel and outcome (delivered,
 * duplicate, failed), and {@code duijie.notification.contact.misses}: match records that
 * came before their enterprise's profile and were sent back for a retry.
 */
@Component
class DeliveryMetrics {

	static final String NAME = "duijie.notification.deliveries";

	static final String CONTACT_MISSES = "duijie.notification.contact.misses";

	private final MeterRegistry meters;

	DeliveryMetrics(MeterRegistry meters) {
		this.meters = meters;
		for (Channel channel : Channel.values()) {
			for (String outcome : new String[] { "delivered", "duplicate", "failed" }) {
				counter(channel, outcome);
			}
		}
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
