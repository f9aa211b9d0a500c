package io.duijie.intake.analytics;

import io.duijie.contracts.FairOutcomeEvent;
import io.duijie.contracts.Topics;
import io.duijie.intake.leads.TimelineStore;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code fair-outcomes} (group {@code intake-service}): each check-in and
 * outcome goes on its enterprises' timelines and into its fair's funnel; a published
 * schedule into the funnel. One listener for both, since two containers of one group
 * would share the topic's partitions. Idempotent (timeline entries by event id, funnel
 * entries latest by time); failures are retried, then dead-lettered to
 * {@code fair-outcomes-dlt}.
 */
@Component
class FairOutcomesListener {

	private final TimelineStore timelines;

	private final FairFunnelStore funnels;

	FairOutcomesListener(TimelineStore timelines, FairFunnelStore funnels) {
		this.timelines = timelines;
		this.funnels = funnels;
	}

	@KafkaListener(id = "intake-fair-outcomes", idIsGroup = false, topics = Topics.FAIR_OUTCOMES)
	void on(@Payload(required = false) @Nullable FairOutcomeEvent event) {
		if (event != null) {
			this.timelines.record(event);
			this.funnels.record(event);
		}
	}

}
