package io.duijie.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.duijie.contracts.Channel;
import io.duijie.contracts.MatchAccepted;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchRetracted;
import io.duijie.contracts.Meeting;
import io.duijie.contracts.MeetingCancelled;
import io.duijie.contracts.MeetingEvent;
import io.duijie.contracts.MeetingMoved;
import io.duijie.contracts.MeetingParticipant;
import io.duijie.contracts.NotificationDelivered.RecipientType;
import io.duijie.notification.contacts.ContactDirectory;
import io.duijie.notification.contacts.EnterpriseContact;
import io.duijie.notification.inbox.InboxItem;
import io.duijie.notification.inbox.InboxStore;
import io.duijie.notification.preferences.Preferences;
import io.duijie.notification.preferences.PreferencesStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Turns match, acceptance and meeting events into notifications. For a
 * {@link MatchProposed} (new, or an update of a match notified before): the enterprise
 * and its owning staff member, each on the channels of their preferences; every
 * (revision, recipient, channel) goes to the {@link DeliveryEngine}, which claims it in
 * the ledger before its side effect (redelivered and replayed records notify nobody
 * twice) and schedules retries of failed channels itself, so the record is done at once.
 * Acceptances and meetings go through the same loop ({@link #accepted},
 * {@link #meeting}); quiet hours and daily digests hold e-mails and webhooks back through
 * {@link Deferrals} before the claim: a held-back delivery is claimed when it finally
 * goes out ({@link HeldBackDeliveries}). For a {@link MatchRetracted}: one inbox entry
 * for the enterprise, claimed in the same ledger.
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

	private final Deferrals deferrals;

	Notifier(ContactDirectory directory, PreferencesStore preferences, DeliveryEngine engine, DeliveryLedger ledger,
			MatchMemory memory, InboxStore inbox, DeliveryMetrics metrics, Clock clock, Deferrals deferrals) {
		this.directory = directory;
		this.preferences = preferences;
		this.engine = engine;
		this.ledger = ledger;
		this.memory = memory;
		this.inbox = inbox;
		this.metrics = metrics;
		this.clock = clock;
		this.deferrals = deferrals;
	}

	void proposed(MatchProposed match) {
		EnterpriseContact contact = this.directory.find(match.enterpriseId())
			.filter((c) -> c.version() >= match.enterpriseVersion())
			.orElse(null);
		if (contact == null) {
			this.metrics.contactMissing();
			throw new ContactNotYetKnownException(match.enterpriseId(), match.enterpriseVersion());
		}
		// a later revision of a match already notified is an update
		boolean updated = this.memory.recall(match.matchId())
			.map((seen) -> !seen.revision().equals(match.revision()))
			.orElse(false);
		this.memory.remember(match);
		NotificationTexts.Texts texts = NotificationTexts.proposed(match, updated);
		deliverAll(recipients(match, contact), Message
			.ofMatch(updated ? InboxItem.MATCH_UPDATED : InboxItem.MATCH_PROPOSED, match, texts.title(), texts.body()));
	}

	/**
	 * Every recipient on every channel of their preferences: held back (quiet hours,
	 * digest) or handed to the engine, which records a failed channel for a retry without
	 * stopping the others.
	 */
	private void deliverAll(List<Recipient> recipients, Message message) {
		for (Recipient recipient : recipients) {
			for (Channel channel : recipient.preferences().channels()) {
				ChannelSender sender = this.engine.sender(channel);
				if (sender == null || !sender.reachable(recipient)) {
					logger.debug("{} {} not reachable on {}", recipient.type(), recipient.id(), channel);
					continue;
				}
				Delivery delivery = new Delivery(
						Delivery.notificationId(message.aggregateId(), message.revision(), recipient.id(), channel),
						channel, recipient, message);
				// the single deferral hook: quiet hours and the daily digest hold e-mails
				// and webhooks back in Redis; they are claimed when they go out
				if (!this.deferrals.defer(delivery)) {
					this.engine.deliver(delivery);
				}
			}
		}
	}

	/**
	 * Both sides accepted: the enterprise, the partner (inbox, and e-mail if its
	 * preferences give an address) and the owning staff member.
	 */
	void accepted(MatchAccepted accepted) {
		Optional<EnterpriseContact> contact = this.directory.find(accepted.enterpriseId());
		List<Recipient> recipients = new ArrayList<>(3);
		Preferences enterprise = this.preferences.get(accepted.enterpriseId());
		recipients.add(new Recipient(accepted.enterpriseId(), RecipientType.ENTERPRISE,
				contact.map(EnterpriseContact::contactName).orElse(null),
				(enterprise.email() != null) ? enterprise.email() : contact.map(EnterpriseContact::email).orElse(null),
				enterprise));
		Preferences partner = this.preferences.get(accepted.partnerId());
		recipients.add(new Recipient(accepted.partnerId(), RecipientType.ENTERPRISE, null, partner.email(), partner));
		contact.map(EnterpriseContact::ownerStaffId)
			.filter((staffId) -> !staffId.equals(accepted.enterpriseId()) && !staffId.equals(accepted.partnerId()))
			.ifPresent((staffId) -> {
				Preferences staff = this.preferences.get(staffId);
				recipients.add(new Recipient(staffId, RecipientType.STAFF, null, staff.email(), staff));
			});
		NotificationTexts.Texts texts = NotificationTexts.accepted(accepted);
		deliverAll(recipients, Message.ofAcceptance(accepted, texts.title(), texts.body()));
	}

	/**
	 * A meeting was scheduled, moved or cancelled: every participant with a known contact
	 * or preferences of their own, and each participant's owning staff member.
	 */
	void meeting(MeetingEvent event) {
		Meeting meeting = event.meeting();
		Message message;
		if (event instanceof MeetingMoved moved) {
			NotificationTexts.Texts texts = NotificationTexts.meetingMoved(meeting, moved.previousStart());
			message = Message.ofMeeting(InboxItem.MEETING_MOVED, meeting, texts.title(), texts.body(),
					moved.previousStart(), null, event.occurredAt());
		}
		else if (event instanceof MeetingCancelled cancelled) {
			NotificationTexts.Texts texts = NotificationTexts.meetingCancelled(meeting, cancelled.reason());
			message = Message.ofMeeting(InboxItem.MEETING_CANCELLED, meeting, texts.title(), texts.body(), null,
					cancelled.reason(), event.occurredAt());
		}
		else {
			NotificationTexts.Texts texts = NotificationTexts.meetingScheduled(meeting);
			message = Message.ofMeeting(InboxItem.MEETING_SCHEDULED, meeting, texts.title(), texts.body(), null, null,
					event.occurredAt());
		}
		Map<String, Recipient> recipients = new LinkedHashMap<>();
		for (MeetingParticipant participant : meeting.participants()) {
			Optional<EnterpriseContact> contact = this.directory.find(participant.id());
			Optional<Preferences> own = this.preferences.find(participant.id());
			if (contact.isPresent() || own.isPresent()) {
				Preferences preferences = own.orElseGet(Preferences::defaults);
				recipients.putIfAbsent(participant.id(),
						new Recipient(participant.id(), RecipientType.ENTERPRISE,
								contact.map(EnterpriseContact::contactName).orElse(null), (preferences.email() != null)
										? preferences.email() : contact.map(EnterpriseContact::email).orElse(null),
								preferences));
			}
		}
		for (MeetingParticipant participant : meeting.participants()) {
			String staffId = (participant.ownerStaffId() != null) ? participant.ownerStaffId()
					: this.directory.find(participant.id()).map(EnterpriseContact::ownerStaffId).orElse(null);
			if (staffId != null && !recipients.containsKey(staffId)) {
				Preferences staff = this.preferences.get(staffId);
				recipients.put(staffId, new Recipient(staffId, RecipientType.STAFF, null, staff.email(), staff));
			}
		}
		deliverAll(List.copyOf(recipients.values()), message);
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
