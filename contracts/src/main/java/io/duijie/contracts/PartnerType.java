package io.duijie.contracts;

/** The other side of a match: a park-side counterpart or an investor. */
public enum PartnerType {

	COUNTERPART, INVESTOR

}
