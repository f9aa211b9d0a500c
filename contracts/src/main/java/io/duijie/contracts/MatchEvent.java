package io.duijie.contracts;

/** Events on {@link Topics#MATCHES}. */
public sealed interface MatchEvent extends DuijieEvent permits MatchProposed, MatchRetracted {

	/** {@code <enterpriseId>~<partnerId>}. */
	String matchId();

	@Override
	default String key() {
		return matchId();
	}

	static String matchId(String enterpriseId, String partnerId) {
		return enterpriseId + "~" + partnerId;
	}

}
