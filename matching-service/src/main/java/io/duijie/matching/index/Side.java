package io.duijie.matching.index;

import io.duijie.contracts.EnterpriseProfile;
import io.duijie.matching.scoring.PartnerFeatures;

/**
 * One of the three kinds of entry in the index, with its Redis key names. Every key of a
 * side shares the hash tag {@code {<side>}}, so a side lives in one slot of a Redis
 * Cluster and the candidate script can touch all its postings.
 *
 * @param <P> what an entry holds: an enterprise's profile, or a partner's features
 */
public final class Side<P> {

	public static final Side<EnterpriseProfile> ENTERPRISE = new Side<>("enterprise", EnterpriseProfile.class);

	public static final Side<PartnerFeatures> COUNTERPART = new Side<>("counterpart", PartnerFeatures.class);

	public static final Side<PartnerFeatures> INVESTOR = new Side<>("investor", PartnerFeatures.class);

	private final String name;

	private final Class<P> payloadType;

	private final String prefix;

	private Side(String name, Class<P> payloadType) {
		this.name = name;
		this.payloadType = payloadType;
		this.prefix = "duijie:matching:{" + name + "}:";
	}

	public String name() {
		return this.name;
	}

	Class<P> payloadType() {
		return this.payloadType;
	}

	/** HASH id → document number (a small integer, so postings are compact int sets). */
	String idsKey() {
		return this.prefix + "ids";
	}

	/** The last document number given out. */
	String sequenceKey() {
		return this.prefix + "seq";
	}

	/**
	 * HASH document number → revision, raised on every write of the entry: a reader that
	 * holds the entry parsed at that revision need not read it again.
	 */
	String revisionsKey() {
		return this.prefix + "rev";
	}

	/** STRING: the entry's JSON. */
	String docKey(long docNo) {
		return docKeyPrefix() + docNo;
	}

	String docKeyPrefix() {
		return this.prefix + "doc:";
	}

	/** SET of the document numbers of live (not withdrawn) entries. */
	String liveKey() {
		return this.prefix + "live";
	}

	/** SET of the document numbers of one partition's entries with one term. */
	String postingKey(String partition, String term) {
		return this.prefix + "p:" + partition + ":" + term;
	}

	@Override
	public String toString() {
		return this.name;
	}

}
