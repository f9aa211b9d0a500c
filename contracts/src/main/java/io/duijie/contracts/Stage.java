package io.duijie.contracts;

/** An enterprise's development stage, from a team in a 众创空间 to a listed company. */
public enum Stage {

	SEED, STARTUP, GROWTH, MATURE, LISTED

}
