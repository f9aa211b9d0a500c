package io.duijie.notification.delivery;

import java.time.Clock;

import io.duijie.contracts.Channel;
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
		this.inbox.add(delivery.recipient().id(),
				delivery.message().inboxItem(delivery.notificationId(), this.clock.instant()));
		return null;
	}

}
