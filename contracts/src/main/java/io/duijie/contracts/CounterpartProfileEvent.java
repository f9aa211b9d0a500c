package io.duijie.contracts;

/** Events on {@link Topics#COUNTERPART_PROFILES}. */
public sealed interface CounterpartProfileEvent extends DuijieEvent
		permits CounterpartProfileSubmitted, CounterpartProfileWithdrawn {

	String counterpartId();

	long version();

	@Override
	default String key() {
		return counterpartId();
	}

}
