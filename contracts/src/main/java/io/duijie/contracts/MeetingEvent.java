package io.duijie.contracts;

/** Events on {@link Topics#FAIR_MEETINGS}: the life of one meeting at a fair. */
public sealed interface MeetingEvent extends DuijieEvent permits MeetingScheduled, MeetingMoved, MeetingCancelled {

	Meeting meeting();

	@Override
	default String key() {
		return meeting().meetingId();
	}

}
