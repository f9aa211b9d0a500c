package io.duijie.notification.inbox;

import java.time.Instant;
import java.util.List;

import io.duijie.contracts.MatchReason;
import io.duijie.contracts.Meeting;
import org.jspecify.annotations.Nullable;

/**
 * One inbox entry.
 *
 * @param notificationId the dedupe key this entry was delivered under
 * @param kind {@code MATCH_PROPOSED}, {@code MATCH_UPDATED}, {@code MATCH_RETRACTED},
 * {@code MATCH_ACCEPTED}, {@code MEETING_SCHEDULED}, {@code MEETING_MOVED} or
 * {@code MEETING_CANCELLED}
 * @param matchId the match, or {@code null} for a meeting that came from none
 * @param revision the match revision, or {@code null} for a retraction of a match this
 * service never saw
 * @param enterpriseName the enterprise's name, or {@code null} for a meeting
 * @param partnerName the partner's name (its id when a retraction's match is unknown), or
 * {@code null} for a meeting
 * @param parkName the counterpart's park, or {@code null}
 * @param score the match score in [0, 1], or {@code null} for a retraction
 * @param title the headline, in Chinese and English
 * @param body the text, in Chinese and English
 * @param reasons why they match, factor by factor (empty for a retraction)
 * @param createdAt when the entry was added
 * @param read whether the recipient marked it read
 * @param meeting the meeting as it now stands, for the meeting kinds; else {@code null}
 */
public record InboxItem(String notificationId, String kind, @Nullable String matchId, @Nullable String revision,
		@Nullable String enterpriseName, @Nullable String partnerName, @Nullable String parkName,
		@Nullable Double score, LocalizedText title, LocalizedText body, List<MatchReason> reasons, Instant createdAt,
		boolean read, @Nullable Meeting meeting) {

	public static final String MATCH_PROPOSED = "MATCH_PROPOSED";

	public static final String MATCH_UPDATED = "MATCH_UPDATED";

	public static final String MATCH_RETRACTED = "MATCH_RETRACTED";

	public static final String MATCH_ACCEPTED = "MATCH_ACCEPTED";

	public static final String MEETING_SCHEDULED = "MEETING_SCHEDULED";

	public static final String MEETING_MOVED = "MEETING_MOVED";

	public static final String MEETING_CANCELLED = "MEETING_CANCELLED";

	/** An entry about a match (no meeting). */
	public InboxItem(String notificationId, String kind, String matchId, @Nullable String revision,
			String enterpriseName, String partnerName, @Nullable String parkName, @Nullable Double score,
			LocalizedText title, LocalizedText body, List<MatchReason> reasons, Instant createdAt, boolean read) {
		this(notificationId, kind, matchId, revision, enterpriseName, partnerName, parkName, score, title, body,
				reasons, createdAt, read, null);
	}

	InboxItem withRead(boolean read) {
		return new InboxItem(this.notificationId, this.kind, this.matchId, this.revision, this.enterpriseName,
				this.partnerName, this.parkName, this.score, this.title, this.body, this.reasons, this.createdAt, read,
				this.meeting);
	}

}
