package io.duijie.contracts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An amount of a lead, in whole yuan (CNY): the contracted amount (签约额, which replaces
 * the previous one) or capital that arrived (到资, added to what arrived before).
 */
public record LeadAmountRecorded(String eventId, Instant occurredAt, String leadId, long version, String enterpriseId,
		AmountKind kind, long amountCny, String by, Instant at, @Nullable String note) implements LeadEvent {

	/** What the amount is. */
	public enum AmountKind {

		/** 签约额: the contracted investment; a new record replaces the previous one. */
		CONTRACTED,

		/** 到资: capital that arrived; records add up. */
		ARRIVED

	}

}
