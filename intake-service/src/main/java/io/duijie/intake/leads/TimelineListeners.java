package io.duijie.intake.leads;

import io.duijie.contracts.MatchEvent;
import io.duijie.contracts.MatchFeedbackGiven;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchRetracted;
import io.duijie.contracts.MeetingEvent;
import io.duijie.contracts.Topics;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;

/**
 * The listeners that gather enterprises' timelines, one per consumed topic (the
 * {@code fair-outcomes} one is {@code analytics.FairOutcomesListener}, which feeds the
 * fair funnels too), group {@code intake-service}. Thin and idempotent (entries are keyed
 * by event id). Anything they throw is retried by the platform's error handler with
 * back-off and then dead-lettered to {@code <topic>-dlt}; invalid records go there at
 * once. Tombstones ({@code null}) are ignored.
 */
final class TimelineListeners {

	private TimelineListeners() {
	}

	@Component
	static class Matches {

		private final TimelineStore timelines;

		Matches(TimelineStore timelines) {
			this.timelines = timelines;
		}

		@KafkaListener(id = "intake-timeline-matches", idIsGroup = false, topics = Topics.MATCHES)
		void on(@Payload(required = false) @Nullable MatchEvent event) {
			if (event instanceof MatchProposed proposed) {
				this.timelines.record(proposed);
			}
			else if (event instanceof MatchRetracted retracted) {
				this.timelines.record(retracted);
			}
		}

	}

	@Component
	static class MatchFeedback {

		private final TimelineStore timelines;

		MatchFeedback(TimelineStore timelines) {
			this.timelines = timelines;
		}

		@KafkaListener(id = "intake-timeline-match-feedback", idIsGroup = false, topics = Topics.MATCH_FEEDBACK)
		void on(@Payload(required = false) @Nullable MatchFeedbackGiven event) {
			if (event != null) {
				this.timelines.record(event);
			}
		}

	}

	@Component
	static class FairMeetings {

		private final TimelineStore timelines;

		FairMeetings(TimelineStore timelines) {
			this.timelines = timelines;
		}

		@KafkaListener(id = "intake-timeline-fair-meetings", idIsGroup = false, topics = Topics.FAIR_MEETINGS)
		void on(@Payload(required = false) @Nullable MeetingEvent event) {
			if (event != null) {
				this.timelines.record(event);
			}
		}

	}

}
