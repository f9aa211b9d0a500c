package io.duijie.contracts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A lead entered the pipeline at {@link LeadStage#LEAD} (线索), owned by a staff member.
 *
 * @param enterpriseName the enterprise's name as the staff member gave it
 * @param city the region the firm comes from (source city, e.g. 深圳市), or {@code null}
 * @param cluster the park industry (cluster) it is courted for, e.g. 新材料, or {@code null}
 * @param parkName the park, e.g. 清远高新区, or {@code null}
 * @param fairId the fair it came from ({@link LeadSource#FAIR}), or {@code null}
 * @param matchId the match it came from ({@link LeadSource#MATCH}), or {@code null}
 * @param owner the staff member who owns the lead (招商人员)
 */
public record LeadRegistered(String eventId, Instant occurredAt, String leadId, long version, String enterpriseId,
		String enterpriseName, @Nullable Region city, @Nullable String cluster, @Nullable String parkName,
		LeadSource source, @Nullable String fairId, @Nullable String matchId, String owner, String by, Instant at,
		@Nullable String note) implements LeadEvent {
}
