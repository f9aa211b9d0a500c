package io.duijie.intake;

import java.util.concurrent.ThreadLocalRandom;

import io.duijie.intake.reference.CreditCodes;

/**
 * Request bodies for tests, each with a fresh identity so that tests sharing one broker
 * and one Redis never meet.
 */
public final class TestProfiles {

	private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private TestProfiles() {
	}

	/** A valid, unused 统一社会信用代码 of a 深圳 enterprise. */
	public static String creditCode() {
		StringBuilder code = new StringBuilder("91440300");
		for (int i = 0; i < 9; i++) {
			code.append(CHARSET.charAt(ThreadLocalRandom.current().nextInt(CHARSET.length())));
		}
		return code.append(CreditCodes.checkCharacter(code.toString())).toString();
	}

	/** The same code with a wrong check character. */
	public static String withWrongCheckCharacter(String creditCode) {
		char check = creditCode.charAt(17);
		char wrong = CHARSET.charAt((CHARSET.indexOf(check) + 1) % CHARSET.length());
		return creditCode.substring(0, 17) + wrong;
	}

	/** A unique suffix for names. */
	public static String unique() {
		return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
	}

	public static String enterprise(String creditCode) {
		return """
				{
				  "name": "示例·深圳锂储能科技有限公司",
				  "nameEn": "Demo Shenzhen Lithium Storage Technology Co., Ltd.",
				  "creditCode": "%s",
				  "region": "深圳",
				  "industryCodes": ["C3841", "3849", "3841"],
				  "description": "示例企业。主营业务：储能与动力锂离子电池包、电池管理系统的研发、生产和销售。",
				  "stage": "GROWTH",
				  "tags": [" 高新技术企业 ", "专精特新", "高新技术企业"],
				  "needs": {"landAreaM2": null, "factoryAreaM2": 8000, "fundingCny": 20000000,
				            "rdTopics": ["储能电池包热管理", "电池管理系统"]},
				  "contact": {"name": "示例联系人1", "phone": "13800000001", "email": "demo-enterprise-1@example.com"},
				  "ownerStaffId": "staff-qy-01"
				}
				""".formatted(creditCode);
	}

	/** Every field invalid that can be: 12 errors. */
	public static String invalidEnterprise(String creditCode) {
		return """
				{
				  "name": "ACME Ltd",
				  "creditCode": "%s",
				  "identityType": "PASSPORT",
				  "region": "Atlantis",
				  "industryCodes": ["3252", "A3252", "99"],
				  "description": "   ",
				  "stage": "GIANT",
				  "needs": {"landAreaM2": -1},
				  "contact": {"name": "", "phone": "12345", "email": "chen@"}
				}
				""".formatted(creditCode);
	}

	public static String investor(String name) {
		return """
				{
				  "name": "%s",
				  "nameEn": "Demo Qingyuan Venture Fund",
				  "sectors": ["新材料", "新能源"],
				  "industryCodes": ["C3240", "3252"],
				  "stages": ["STARTUP", "GROWTH"],
				  "ticketMinCny": 5000000,
				  "ticketMaxCny": 50000000,
				  "regions": ["清远", "Guangzhou", "440300"],
				  "description": "示例基金。",
				  "contact": {"name": "基金管理人", "phone": "13800000101", "email": "fund@example.com"},
				  "ownerStaffId": "staff-qy-02"
				}
				""".formatted(name);
	}

	public static String parkIndustry(String name) {
		return """
				{
				  "kind": "PARK_INDUSTRY",
				  "name": "%s",
				  "nameEn": "New materials",
				  "parkName": "清远高新区",
				  "region": "441800",
				  "description": "清远高新区“5+1”主导产业之一。",
				  "industryCodes": ["3240", "C3252"],
				  "keywords": ["铝型材", "铝合金", "铝型材"]
				}
				""".formatted(name);
	}

	/**
	 * {@link #enterprise(String)} with what the matching engine filters on: size class,
	 * power and highest rent.
	 */
	public static String enterpriseWithSizePowerAndRent(String creditCode) {
		return enterprise(creditCode)
			.replace("\"rdTopics\"", "\"powerKva\": 2500, \"maxRentCnyPerM2Month\": 18.5, \"rdTopics\"")
			.replace("\"ownerStaffId\"", "\"size\": \"MEDIUM\", \"ownerStaffId\"");
	}

	/**
	 * {@link #parkIndustry(String)} with its industry chain: a gap upstream (untrimmed,
	 * repeated, with a duplicate keyword), a filled link midstream, a gap downstream.
	 */
	public static String parkIndustryWithChain(String name) {
		return parkIndustry(name).replace("\"keywords\"", """
				"chainLinks": [
				    {"name": " 铝锭熔铸 ", "position": "UPSTREAM", "keywords": ["铝锭", " 铝棒", "铝棒", " "]},
				    {"name": "铝型材挤压", "position": "MIDSTREAM", "keywords": ["挤压"], "residents": [" 示例华豪铝业 "]},
				    null,
				    {"name": "铝锭熔铸", "position": "DOWNSTREAM", "keywords": ["重复"]},
				    {"name": "表面处理", "position": "DOWNSTREAM", "keywords": ["氧化", "喷涂"], "residents": []}
				  ],
				  "keywords\"""");
	}

	/** A space of the given type (e.g. MAKERSPACE) with its power supply. */
	public static String space(String name, String type) {
		return """
				{
				  "kind": "SPACE",
				  "name": "%s",
				  "parkName": "清远高新区",
				  "region": "清远",
				  "description": "示例载体",
				  "space": {"type": "%s", "areaM2": 1200, "priceCnyPerM2Month": 15, "powerKva": 630}
				}
				""".formatted(name, type);
	}

	public static String spaceWithoutSpace(String name) {
		return """
				{
				  "kind": "SPACE",
				  "name": "%s",
				  "parkName": "清远高新区",
				  "region": "清远",
				  "description": "闲置厂房"
				}
				""".formatted(name);
	}

}
