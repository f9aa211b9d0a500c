package io.duijie.notification.delivery;

import java.time.Clock;

import io.duijie.contracts.Channel;
import io.duijie.contracts.MatchProposed;
import io.duijie.notification.inbox.InboxItem;
import io.duijie.notification.inbox.InboxStore;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** INBOX: an entry in the recipient's in-app inbox. Every recipient has one. */
@Component
class InboxChannel implements ChannelSender {

	private final InboxStore inbox;

	private final Clock clock;

	InboxChannel(InboxStore inbox, Clock clock) {
		this.inbox = inbox;
		this.clock = clock;
	}

	@Override
	public Channel channel() {
		return Channel.INBOX;
	}

	@Override
	public boolean reachable(Recipient recipient) {
		return true;
	}

	@Override
	public @Nullable String send(Delivery delivery) {
		MatchProposed match = delivery.match();
		this.inbox.add(delivery.recipient().id(),
				new InboxItem(delivery.notificationId(), InboxItem.MATCH_PROPOSED, match.matchId(), match.revision(),
						match.enterpriseName(), match.partnerName(), match.parkName(), match.score(),
						delivery.texts().title(), delivery.texts().body(), match.reasons(), this.clock.instant(),
						false));
		return null;
	}

}
