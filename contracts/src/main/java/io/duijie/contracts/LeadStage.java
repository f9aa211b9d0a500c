package io.duijie.contracts;

/**
 * Where a lead stands in the 招商 pipeline: 线索 → 接洽 → 在谈 → 签约 → 开工 → 投产, or lost. The order
 * of the constants is the order of the pipeline; {@link #LOST} is outside it.
 */
public enum LeadStage {

	/** 线索: a firm worth approaching. */
	LEAD,

	/** 接洽: first contact made. */
	CONTACTED,

	/** 在谈: negotiating terms. */
	NEGOTIATING,

	/** 签约: contract signed. */
	SIGNED,

	/** 开工: construction or fit-out started. */
	STARTED,

	/** 投产: in production. */
	PRODUCING,

	/** 流失: the lead was lost, with a reason. */
	LOST

}
