package io.duijie.contracts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Events on {@link Topics#LEADS}: the life of one lead in the 招商 pipeline. Every event
 * says who recorded it ({@code by}), when it happened ({@code at}, which staff may date
 * back, e.g. a contract signed yesterday) and a note; {@code version} counts the lead's
 * events from 1, so a consumer applies each exactly once and in order.
 */
public sealed interface LeadEvent extends DuijieEvent
		permits LeadRegistered, LeadStageChanged, LeadAmountRecorded, LeadHandedOver {

	String leadId();

	/** The lead's version after this event: 1 for {@link LeadRegistered}, then +1. */
	long version();

	/** The enterprise's Duijie id (as on {@code enterprise-profiles}). */
	String enterpriseId();

	/** Who recorded the event: a staff id. */
	String by();

	/**
	 * When it happened, as the staff member says; {@code occurredAt} is when it was
	 * recorded.
	 */
	Instant at();

	@Nullable String note();

	@Override
	default String key() {
		return leadId();
	}

}
