package io.duijie.contracts;

/**
 * An enterprise's size class (企业规模) as the 中小企业划型标准 names them: 微型, 小型, 中型, 大型.
 */
public enum EnterpriseSize {

	MICRO, SMALL, MEDIUM, LARGE

}
