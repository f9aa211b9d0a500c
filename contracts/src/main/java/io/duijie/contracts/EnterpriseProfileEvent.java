package io.duijie.contracts;

/** Events on {@link Topics#ENTERPRISE_PROFILES}. */
public sealed interface EnterpriseProfileEvent extends DuijieEvent
		permits EnterpriseProfileSubmitted, EnterpriseProfileWithdrawn {

	String enterpriseId();

	long version();

	@Override
	default String key() {
		return enterpriseId();
	}

}
