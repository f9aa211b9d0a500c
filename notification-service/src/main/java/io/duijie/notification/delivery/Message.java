package io.duijie.notification.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.duijie.contracts.MatchAccepted;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.Meeting;
import io.duijie.notification.inbox.InboxItem;
import io.duijie.notification.inbox.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * What one notification says, whatever the channel: its kind, the aggregate and revision
 * it is about, the title and text in both languages, and the event data the e-mail and
 * webhook need. JSON-serialisable, so that a delivery held back by quiet hours or for the
 * daily digest can wait in Redis and survive a restart.
 *
 * @param kind one of the {@link InboxItem} kinds
 * @param aggregateId the match id or meeting id
 * @param revision the match revision, {@code accepted}, or {@code <kind>-<sequence>} of a
 * meeting: the second part of the notification id
 * @param match the proposal, for MATCH_PROPOSED and MATCH_UPDATED
 * @param accepted the acceptance, for MATCH_ACCEPTED
 * @param meeting the meeting as it now stands, for the meeting kinds
 * @param previousStart when a moved meeting was to start
 * @param cancelReason why a meeting was cancelled, if given
 * @param occurredAt when the event behind it happened (the start of the delivery
 * latency); for a digest, when its oldest item's event happened
 * @param items the notifications a {@link #DIGEST} gathers, else {@code null}
 */
public record Message(String kind, String aggregateId, String revision, LocalizedText title, LocalizedText body,
		@Nullable MatchProposed match, @Nullable MatchAccepted accepted, @Nullable Meeting meeting,
		@Nullable Instant previousStart, @Nullable String cancelReason, Instant occurredAt,
		@Nullable List<Message> items) {

	/**
	 * The kind of the daily digest e-mail: one delivery through the engine that carries
	 * the held-back messages.
	 */
	static final String DIGEST = "DIGEST";

	static Message ofMatch(String kind, MatchProposed match, LocalizedText title, LocalizedText body) {
		return new Message(kind, match.matchId(), match.revision(), title, body, match, null, null, null, null,
				match.occurredAt(), null);
	}

	static Message ofAcceptance(MatchAccepted accepted, LocalizedText title, LocalizedText body) {
		return new Message(InboxItem.MATCH_ACCEPTED, accepted.matchId(), "accepted", title, body, null, accepted, null,
				null, null, accepted.occurredAt(), null);
	}

	static Message ofMeeting(String kind, Meeting meeting, LocalizedText title, LocalizedText body,
			@Nullable Instant previousStart, @Nullable String cancelReason, Instant occurredAt) {
		String revision = kind.substring("MEETING_".length()).toLowerCase(Locale.ROOT) + "-" + meeting.sequence();
		return new Message(kind, meeting.meetingId(), revision, title, body, null, null, meeting, previousStart,
				cancelReason, occurredAt, null);
	}

	/**
	 * A recipient's digest of {@code items} (oldest first) on {@code day}. Its revision
	 * is {@code <day>-<hash of the item ids>}, so the same items give the same
	 * notification id (claimed once) and a later digest of the same day gets its own.
	 */
	static Message ofDigest(LocalDate day, List<String> itemIds, List<Message> items) {
		String revision = day + "-" + Integer.toHexString(String.join("\n", itemIds).hashCode());
		Instant oldest = items.stream().map(Message::occurredAt).min(Instant::compareTo).orElseThrow();
		return new Message(DIGEST, "digest", revision, new LocalizedText("对接通知汇总 " + day, "Duijie digest of " + day),
				new LocalizedText("共 " + items.size() + " 条通知", items.size() + " notifications"), null, null, null,
				null, null, oldest, List.copyOf(items));
	}

	/** True for the daily digest e-mail. */
	boolean isDigest() {
		return DIGEST.equals(this.kind) && this.items != null;
	}

	/** The day of a digest (the first part of its revision). */
	LocalDate digestDay() {
		return LocalDate.parse(this.revision.substring(0, 10));
	}

	/** True for the meeting kinds: their e-mails carry an .ics invitation. */
	boolean isMeeting() {
		return this.meeting != null;
	}

	boolean isCancellation() {
		return InboxItem.MEETING_CANCELLED.equals(this.kind);
	}

	/** The inbox entry of this message. */
	InboxItem inboxItem(String notificationId, Instant createdAt) {
		if (this.match != null) {
			return new InboxItem(notificationId, this.kind, this.match.matchId(), this.match.revision(),
					this.match.enterpriseName(), this.match.partnerName(), this.match.parkName(), this.match.score(),
					this.title, this.body, this.match.reasons(), createdAt, false, null);
		}
		if (this.accepted != null) {
			return new InboxItem(notificationId, this.kind, this.accepted.matchId(), null,
					this.accepted.enterpriseName(), this.accepted.partnerName(), this.accepted.parkName(),
					this.accepted.score(), this.title, this.body, List.of(), createdAt, false, null);
		}
		return new InboxItem(notificationId, this.kind, (this.meeting != null) ? this.meeting.matchId() : null,
				this.revision, null, null, null, null, this.title, this.body, List.of(), createdAt, false,
				this.meeting);
	}

}
