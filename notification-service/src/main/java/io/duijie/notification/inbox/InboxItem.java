package io.duijie.notification.inbox;

import java.time.Instant;
import java.util.List;

import io.duijie.contracts.MatchReason;
import org.jspecify.annotations.Nullable;

/**
 * One inbox entry.
 *
 * @param notificationId the dedupe key this entry was delivered under
 * @param kind {@code MATCH_PROPOSED} or {@code MATCH_RETRACTED}
 * @param matchId the match
 * @param revision the match revision, or {@code null} for a retraction of a match this
 * service never saw
 * @param enterpriseName the enterprise's name
 * @param partnerName the partner's name (its id when a retraction's match is unknown)
 * @param parkName the counterpart's park, or {@code null}
 * @param score the match score in [0, 1], or {@code null} for a retraction
 * @param title the headline, in Chinese and English
 * @param body the text, in Chinese and English
 * @param reasons why they match, factor by factor (empty for a retraction)
 * @param createdAt when the entry was added
 * @param read whether the recipient marked it read
 */
public record InboxItem(String notificationId, String kind, String matchId, @Nullable String revision,
		String enterpriseName, String partnerName, @Nullable String parkName, @Nullable Double score,
		LocalizedText title, LocalizedText body, List<MatchReason> reasons, Instant createdAt, boolean read) {

	public static final String MATCH_PROPOSED = "MATCH_PROPOSED";

	public static final String MATCH_RETRACTED = "MATCH_RETRACTED";

	InboxItem withRead(boolean read) {
		return new InboxItem(this.notificationId, this.kind, this.matchId, this.revision, this.enterpriseName,
				this.partnerName, this.parkName, this.score, this.title, this.body, this.reasons, this.createdAt, read);
	}

}
