package io.duijie.notification.delivery;

import io.duijie.contracts.MeetingEvent;
import io.duijie.contracts.Topics;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code fair-meetings}: meetings scheduled, moved and cancelled. Records of one
 * meeting share a key, so a move never overtakes its scheduling. Failures are retried
 * with back-off, then dead-lettered to {@code fair-meetings-dlt}.
 */
@Component
class FairMeetingsListener {

	private final Notifier notifier;

	FairMeetingsListener(Notifier notifier) {
		this.notifier = notifier;
	}

	// a meeting has a handful of participants and their staff, each on up to three
	// channels: five per poll stay well below max.poll.interval.ms
	@KafkaListener(id = "notification-fair-meetings", idIsGroup = false, topics = Topics.FAIR_MEETINGS,
			properties = "max.poll.records=5")
	void on(@Payload(required = false) @Nullable MeetingEvent event) {
		if (event != null) {
			this.notifier.meeting(event);
		}
	}

}
