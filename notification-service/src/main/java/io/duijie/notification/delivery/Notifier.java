package io.duijie.notification.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.duijie.contracts.Channel;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchRetracted;
import io.duijie.contracts.NotificationDelivered.RecipientType;
import io.duijie.notification.contacts.ContactDirectory;
import io.duijie.notification.contacts.EnterpriseContact;
import io.duijie.notification.inbox.InboxItem;
import io.duijie.notification.inbox.InboxStore;
import io.duijie.notification.preferences.Preferences;
import io.duijie.notification.preferences.PreferencesStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Turns a match event into notifications. For a {@link MatchProposed}: the enterprise and
 * its owning staff member, each on the channels of their preferences; every (revision,
 * recipient, channel) is claimed in {@link DeliveryClaims} before its side effect, so
 * redelivered and replayed records notify nobody twice. A failed channel releases its
 * claim; the other channels still go out, then the record fails and is retried. For a
 * {@link MatchRetracted}: one inbox entry for the enterprise, deduplicated the same way.
 */
@Component
class Notifier {

	private static final Logger logger = LoggerFactory.getLogger(Notifier.class);

	private final ContactDirectory directory;

	private final PreferencesStore preferences;

	private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);

	private final DeliveryClaims claims;

	private final MatchMemory memory;

	private final InboxStore inbox;

	private final NotificationEventPublisher publisher;

	private final DeliveryMetrics metrics;

	private final Clock clock;

	Notifier(ContactDirectory directory, PreferencesStore preferences, List<ChannelSender> senders,
			DeliveryClaims claims, MatchMemory memory, InboxStore inbox, NotificationEventPublisher publisher,
			DeliveryMetrics metrics, Clock clock) {
		this.directory = directory;
		this.preferences = preferences;
		senders.forEach((sender) -> this.senders.put(sender.channel(), sender));
		this.claims = claims;
		this.memory = memory;
		this.inbox = inbox;
		this.publisher = publisher;
		this.metrics = metrics;
		this.clock = clock;
	}

	void proposed(MatchProposed match) {
		EnterpriseContact contact = this.directory.find(match.enterpriseId())
			.filter((c) -> c.version() >= match.enterpriseVersion())
			.orElse(null);
		if (contact == null) {
			this.metrics.contactMissing();
			throw new ContactNotYetKnownException(match.enterpriseId(), match.enterpriseVersion());
		}
		this.memory.remember(match);
		List<String> failed = new ArrayList<>();
		Exception firstFailure = null;
		for (Recipient recipient : recipients(match, contact)) {
			NotificationTexts.Texts texts = NotificationTexts.proposed(match, recipient.greetingName());
			for (Channel channel : recipient.preferences().channels()) {
				ChannelSender sender = this.senders.get(channel);
				if (sender == null || !sender.reachable(recipient)) {
					logger.debug("{} {} not reachable on {}", recipient.type(), recipient.id(), channel);
					continue;
				}
				Delivery delivery = new Delivery(
						Delivery.notificationId(match.matchId(), match.revision(), recipient.id(), channel), channel,
						recipient, match, texts);
				try {
					deliver(sender, delivery);
				}
				catch (Exception ex) {
					failed.add(delivery.notificationId());
					firstFailure = (firstFailure != null) ? firstFailure : ex;
				}
			}
		}
		if (firstFailure != null) {
			throw new DeliveryFailedException(failed, firstFailure);
		}
	}

	void retracted(MatchRetracted retracted) {
		Optional<MatchMemory.Remembered> remembered = this.memory.recall(retracted.matchId());
		String revision = remembered.map(MatchMemory.Remembered::revision).orElse(null);
		String notificationId = retracted.matchId() + "/retracted-" + ((revision != null) ? revision : "unknown") + "/"
				+ retracted.enterpriseId() + "/" + Channel.INBOX.name();
		if (!this.claims.claim(notificationId)) {
			this.metrics.duplicate(Channel.INBOX);
			logger.debug("Already delivered: {}", notificationId);
			return;
		}
		String enterpriseName = remembered.map(MatchMemory.Remembered::enterpriseName)
			.or(() -> this.directory.find(retracted.enterpriseId()).map(EnterpriseContact::enterpriseName))
			.orElse(retracted.enterpriseId());
		String partnerName = remembered.map(MatchMemory.Remembered::partnerName).orElse(retracted.partnerId());
		try {
			this.inbox.add(retracted.enterpriseId(),
					new InboxItem(notificationId, InboxItem.MATCH_RETRACTED, retracted.matchId(), revision,
							enterpriseName, partnerName, remembered.map(MatchMemory.Remembered::parkName).orElse(null),
							null, NotificationTexts.retractedTitle(),
							NotificationTexts.retractedBody(retracted, enterpriseName, partnerName), List.of(),
							this.clock.instant(), false));
		}
		catch (RuntimeException ex) {
			this.claims.release(notificationId);
			this.metrics.failed(Channel.INBOX);
			throw ex;
		}
		this.metrics.delivered(Channel.INBOX);
		logger.info("Delivered {}", notificationId);
	}

	private List<Recipient> recipients(MatchProposed match, EnterpriseContact contact) {
		List<Recipient> recipients = new ArrayList<>(2);
		Preferences enterprise = this.preferences.get(match.enterpriseId());
		recipients.add(new Recipient(match.enterpriseId(), RecipientType.ENTERPRISE, contact.contactName(),
				(enterprise.email() != null) ? enterprise.email() : contact.email(), enterprise));
		String staffId = (match.ownerStaffId() != null) ? match.ownerStaffId() : contact.ownerStaffId();
		if (staffId != null && !staffId.equals(match.enterpriseId())) {
			Preferences staff = this.preferences.get(staffId);
			recipients.add(new Recipient(staffId, RecipientType.STAFF, null, staff.email(), staff));
		}
		return recipients;
	}

	private void deliver(ChannelSender sender, Delivery delivery) throws Exception {
		Channel channel = delivery.channel();
		if (!this.claims.claim(delivery.notificationId())) {
			this.metrics.duplicate(channel);
			logger.debug("Already delivered: {}", delivery.notificationId());
			return;
		}
		@Nullable String detail;
		try {
			detail = sender.send(delivery);
		}
		catch (Exception ex) {
			this.claims.release(delivery.notificationId());
			this.metrics.failed(channel);
			// the exception's message may quote an address: log its type only
			logger.warn("Delivery of {} failed ({}); claim released for a retry", delivery.notificationId(),
					ex.getClass().getName());
			throw ex;
		}
		this.metrics.delivered(channel);
		logger.info("Delivered {}", delivery.notificationId());
		try {
			this.publisher.delivered(delivery, detail);
		}
		catch (RuntimeException ex) {
			// the side effect happened and stays claimed: retrying the record would not
			// publish again
			logger.error("Delivered {} but could not publish NotificationDelivered", delivery.notificationId(), ex);
		}
	}

}
