package io.duijie.notification.delivery;

import io.duijie.contracts.Channel;
import org.jspecify.annotations.Nullable;

/**
 * Delivers on one channel. Throws when it cannot; the caller releases the claim and lets
 * the record be retried.
 */
interface ChannelSender {

	Channel channel();

	/**
	 * True if this recipient can be reached on this channel (e.g. has an e-mail address).
	 */
	boolean reachable(Recipient recipient);

	/**
	 * Delivers; returns a short note for the delivery event (never contact details in
	 * clear), or null.
	 */
	@Nullable String send(Delivery delivery) throws Exception;

}
