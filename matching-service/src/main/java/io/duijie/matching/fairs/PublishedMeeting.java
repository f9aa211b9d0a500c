package io.duijie.matching.fairs;

import io.duijie.contracts.Meeting;

/**
 * What participants were last told about a meeting: the meeting as last published and
 * whether that was its cancellation. The next publication compares the schedule with
 * these, so sequences only rise, even across rollbacks.
 *
 * @param meeting the meeting as last published (its sequence included)
 * @param cancelled whether the last event was its cancellation
 */
record PublishedMeeting(Meeting meeting, boolean cancelled) {
}
