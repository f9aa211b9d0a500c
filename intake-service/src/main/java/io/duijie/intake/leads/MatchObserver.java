package io.duijie.intake.leads;

import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchRetracted;

/**
 * Told by the {@link TimelineStore} of every match it put on a timeline, live (from the
 * {@code matches} listener) and during a rebuild from the topic, so a derived Redis index
 * (the chain gaps of {@code analytics}) is kept and rebuilt with the timelines without a
 * second listener on {@code matches}. Must be idempotent: the same event may be told
 * again.
 */
public interface MatchObserver {

	void proposed(MatchProposed event);

	void retracted(MatchRetracted event);

}
