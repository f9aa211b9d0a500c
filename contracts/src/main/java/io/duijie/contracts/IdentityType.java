package io.duijie.contracts;

/** Which register an enterprise's identifier comes from. */
public enum IdentityType {

	/** 统一社会信用代码, GB 32100-2015, 18 characters with a check character. */
	USCC,

	/** Hong Kong Companies Registry number (公司注册编号). */
	HK_CR,

	/** Macau Commercial and Movable Property Registry number (商业登记编号). */
	MO_CR

}
