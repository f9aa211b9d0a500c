package io.duijie.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * recipient, channel) goes to the {@link DeliveryEngine}, which claims it in the ledger
 * before its side effect (redelivered and replayed records notify nobody twice) and
 * schedules retries of failed channels itself, so the record is done at once. For a
 * {@link MatchRetracted}: one inbox entry for the enterprise, claimed in the same ledger.
 */
@Component
class Notifier {

	private static final Logger logger = LoggerFactory.getLogger(Notifier.class);

	private final ContactDirectory directory;

	private final PreferencesStore preferences;

	private final DeliveryEngine engine;

	private final DeliveryLedger ledger;

	private final MatchMemory memory;

	private final InboxStore inbox;

	private final DeliveryMetrics metrics;

	private final Clock clock;

	Notifier(ContactDirectory directory, PreferencesStore preferences, DeliveryEngine engine, DeliveryLedger ledger,
			MatchMemory memory, InboxStore inbox, DeliveryMetrics metrics, Clock clock) {
		this.directory = directory;
		this.preferences = preferences;
		this.engine = engine;
		this.ledger = ledger;
		this.memory = memory;
		this.inbox = inbox;
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
		for (Recipient recipient : recipients(match, contact)) {
			NotificationTexts.Texts texts = NotificationTexts.proposed(match, recipient.greetingName());
			for (Channel channel : recipient.preferences().channels()) {
				ChannelSender sender = this.engine.sender(channel);
				if (sender == null || !sender.reachable(recipient)) {
					logger.debug("{} {} not reachable on {}", recipient.type(), recipient.id(), channel);
					continue;
				}
				Delivery delivery = new Delivery(
						Delivery.notificationId(match.matchId(), match.revision(), recipient.id(), channel), channel,
						recipient, match, texts);
				this.engine.deliver(delivery);
			}
		}
	}

	void retracted(MatchRetracted retracted) {
		Optional<MatchMemory.Remembered> remembered = this.memory.recall(retracted.matchId());
		String revision = remembered.map(MatchMemory.Remembered::revision).orElse(null);
		String notificationId = retracted.matchId() + "/retracted-" + ((revision != null) ? revision : "unknown") + "/"
				+ retracted.enterpriseId() + "/" + Channel.INBOX.name();
		if (!DeliveryLedger.CLAIMED
			.equals(this.ledger.claim(notificationId, Channel.INBOX, retracted.enterpriseId()))) {
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
			this.ledger.release(notificationId);
			this.metrics.failed(Channel.INBOX);
			throw ex;
		}
		this.ledger.record(new LedgerEntry(notificationId, LedgerEntry.Status.SENT, Channel.INBOX,
				retracted.enterpriseId(), 1, this.clock.instant(), null, null, null), null);
		this.metrics.delivered(Channel.INBOX, Duration.between(retracted.occurredAt(), this.clock.instant()));
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

}
