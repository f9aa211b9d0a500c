package io.duijie.matching.index;

import io.duijie.contracts.CounterpartProfile;
import io.duijie.contracts.EnterpriseProfile;
import io.duijie.contracts.InvestorProfile;

/**
 * One of the three kinds of profile in the index, with its Redis key names.
 *
 * @param <P> the profile record
 */
public final class Side<P> {

	public static final Side<EnterpriseProfile> ENTERPRISE = new Side<>("enterprise", EnterpriseProfile.class);

	public static final Side<CounterpartProfile> COUNTERPART = new Side<>("counterpart", CounterpartProfile.class);

	public static final Side<InvestorProfile> INVESTOR = new Side<>("investor", InvestorProfile.class);

	private final String name;

	private final Class<P> profileType;

	private Side(String name, Class<P> profileType) {
		this.name = name;
		this.profileType = profileType;
	}

	public String name() {
		return this.name;
	}

	Class<P> profileType() {
		return this.profileType;
	}

	/** {@code duijie:matching:<side>:<id>}: the entry's JSON. */
	String entryKey(String id) {
		return "duijie:matching:" + this.name + ":" + id;
	}

	/** {@code duijie:matching:<side>s}: the ids of the live (not withdrawn) entries. */
	String liveKey() {
		return "duijie:matching:" + this.name + "s";
	}

	@Override
	public String toString() {
		return this.name;
	}

}
