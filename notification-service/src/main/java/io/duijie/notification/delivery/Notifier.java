package io.duijie.notification.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
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
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Turns match, acceptance and meeting events into notifications. For a
 * {@link MatchProposed} (new, or an update of a match notified before): the enterprise
 * and its owning staff member, each on the channels of their preferences; every
 * (revision, recipient, channel) is claimed in {@link DeliveryClaims} before its side
 * effect, so redelivered and replayed records notify nobody twice. A failed channel
 * releases its claim; the other channels still go out, then the record fails and is
 * retried. For a {@link MatchRetracted}: one inbox entry for the enterprise, deduplicated
 * the same way. Acceptances and meetings go through the same loop ({@link #accepted},
 * {@link #meeting}); quiet hours and daily digests hold e-mails and webhooks back through
 * {@link Deferrals}.
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

	private final Deferrals deferrals;

	Notifier(ContactDirectory directory, PreferencesStore preferences, List<ChannelSender> senders,
			DeliveryClaims claims, MatchMemory memory, InboxStore inbox, NotificationEventPublisher publisher,
			DeliveryMetrics metrics, Clock clock, Deferrals deferrals) {
		this.directory = directory;
		this.preferences = preferences;
		senders.forEach((sender) -> this.senders.put(sender.channel(), sender));
		this.claims = claims;
		this.memory = memory;
		this.inbox = inbox;
		this.publisher = publisher;
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
		// B: a later revision of a match already notified is an update
		boolean updated = this.memory.recall(match.matchId())
			.map((seen) -> !seen.revision().equals(match.revision()))
			.orElse(false);
		this.memory.remember(match);
		NotificationTexts.Texts texts = NotificationTexts.proposed(match, updated);
		deliverAll(recipients(match, contact), Message
			.ofMatch(updated ? InboxItem.MATCH_UPDATED : InboxItem.MATCH_PROPOSED, match, texts.title(), texts.body()));
	}

	/**
	 * Every recipient on every channel of their preferences; a failed channel does not
	 * stop the others, then the record fails.
	 */
	private void deliverAll(List<Recipient> recipients, Message message) {
		List<String> failed = new ArrayList<>();
		Exception firstFailure = null;
		for (Recipient recipient : recipients) {
			for (Channel channel : recipient.preferences().channels()) {
				ChannelSender sender = this.senders.get(channel);
				if (sender == null || !sender.reachable(recipient)) {
					logger.debug("{} {} not reachable on {}", recipient.type(), recipient.id(), channel);
					continue;
				}
				Delivery delivery = new Delivery(
						Delivery.notificationId(message.aggregateId(), message.revision(), recipient.id(), channel),
						channel, recipient, message);
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

	/**
	 * B: both sides accepted: the enterprise, the partner (inbox, and e-mail if its
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
	 * B: a meeting was scheduled, moved or cancelled: every participant with a known
	 * contact or preferences of their own, and each participant's owning staff member.
	 */
	void meeting(MeetingEvent event) {
		Meeting meeting = event.meeting();
		Message message;
		if (event instanceof MeetingMoved moved) {
			NotificationTexts.Texts texts = NotificationTexts.meetingMoved(meeting, moved.previousStart());
			message = Message.ofMeeting(InboxItem.MEETING_MOVED, meeting, texts.title(), texts.body(),
					moved.previousStart(), null);
		}
		else if (event instanceof MeetingCancelled cancelled) {
			NotificationTexts.Texts texts = NotificationTexts.meetingCancelled(meeting, cancelled.reason());
			message = Message.ofMeeting(InboxItem.MEETING_CANCELLED, meeting, texts.title(), texts.body(), null,
					cancelled.reason());
		}
		else {
			NotificationTexts.Texts texts = NotificationTexts.meetingScheduled(meeting);
			message = Message.ofMeeting(InboxItem.MEETING_SCHEDULED, meeting, texts.title(), texts.body(), null, null);
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

	/**
	 * B: sends a delivery that quiet hours held back, now that they are over: claimed,
	 * sent and recorded like any other.
	 */
	void deliverHeldBack(Delivery delivery) throws Exception {
		ChannelSender sender = this.senders.get(delivery.channel());
		if (sender == null) {
			throw new IllegalStateException("No sender for " + delivery.channel());
		}
		send(sender, delivery);
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
		// B: the single deferral hook: quiet hours and the daily digest hold e-mails and
		// webhooks back in Redis
		if (this.deferrals.defer(delivery)) {
			return;
		}
		send(sender, delivery);
	}

	private void send(ChannelSender sender, Delivery delivery) throws Exception {
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
