package io.duijie.contracts;

/** Events on {@link Topics#INVESTOR_PROFILES}. */
public sealed interface InvestorProfileEvent extends DuijieEvent
		permits InvestorProfileSubmitted, InvestorProfileWithdrawn {

	String investorId();

	long version();

	@Override
	default String key() {
		return investorId();
	}

}
