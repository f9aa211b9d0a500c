package io.duijie.contracts;

/** What a park offers an enterprise. */
public enum CounterpartKind {

	/** An industry cluster of a park (产业集群), e.g. 清远高新区's 新材料. */
	PARK_INDUSTRY,

	/** A university, research institute or science and technology platform. */
	INSTITUTION,

	/** Factory, office, land or incubator space. */
	SPACE

}
