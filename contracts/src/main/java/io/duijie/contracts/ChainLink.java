package io.duijie.contracts;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One link of a cluster's industry chain (产业链环节).
 *
 * @param name the link, e.g. 铝锭熔铸
 * @param position upstream (上游), midstream (中游) or downstream (下游)
 * @param keywords what an enterprise in this link makes or does, e.g. 铝棒, 熔铸
 * @param residents the park's firms already in this link; none means a gap (缺链)
 */
public record ChainLink(String name, ChainPosition position, List<String> keywords, List<String> residents) {

	/** Missing keywords or residents read as none. */
	public ChainLink {
		keywords = (keywords != null) ? keywords : List.of();
		residents = (residents != null) ? residents : List.of();
	}

	/** Where a link sits in the chain. */
	public enum ChainPosition {

		UPSTREAM, MIDSTREAM, DOWNSTREAM

	}

	/**
	 * True when no resident firm fills this link yet. Derived, so not on the wire
	 * (Jackson would otherwise write it as a {@code gap} property).
	 */
	@JsonIgnore
	public boolean isGap() {
		return this.residents.isEmpty();
	}

}
