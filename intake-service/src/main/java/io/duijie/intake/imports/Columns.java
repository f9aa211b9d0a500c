package io.duijie.intake.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.duijie.intake.profiles.ProfileKind;
import org.jspecify.annotations.Nullable;

/**
 * The columns a file of each profile kind may have: the JSON field each fills, how its
 * cells are read, the bilingual template header, the other headers it is known by, and
 * the example of the template. Columns under a merged group header (联系人 above 姓名, 电话, 邮箱)
 * are found by their group and their sub-header.
 */
final class Columns {

	/** How a cell becomes a JSON value. */
	enum Type {

		/** The text as it is. */
		TEXT,
		/** Split on 、 ; , ； ， and line breaks; empty items dropped. */
		LIST,
		/** A whole number; thousands separators allowed. */
		INTEGER,
		/** A decimal number. */
		DECIMAL

	}

	/**
	 * One column.
	 *
	 * @param field the JSON field, e.g. {@code contact.phone}
	 * @param type how cells are read
	 * @param required whether the file must have the column
	 * @param zh the Chinese header of the template
	 * @param en the English header of the template
	 * @param aliases other headers it is known by, anywhere
	 * @param subAliases headers it is known by under its group's merged header
	 * @param labels cell values translated to the API's code, e.g. 成长期 to GROWTH
	 * @param example the template's example value
	 */
	record Column(String field, Type type, boolean required, String zh, String en, List<String> aliases,
			List<String> subAliases, Map<String, String> labels, String example) {

		/** The template's header: {@code 企业名称 / name}. */
		String header() {
			return this.zh + " / " + this.en;
		}

		/**
		 * The group of a nested field ({@code contact} of {@code contact.phone}), or
		 * null.
		 */
		@Nullable String group() {
			int dot = this.field.indexOf('.');
			return (dot < 0) ? null : this.field.substring(0, dot);
		}

		/** The last part of the field, {@code phone} of {@code contact.phone}. */
		String leaf() {
			return this.field.substring(this.field.indexOf('.') + 1);
		}

	}

	/**
	 * The columns of a kind and the headers of its groups.
	 *
	 * @param kind the profile kind
	 * @param columns in template order
	 * @param groups each group's merged header names
	 * @param keyField the field that makes the profile's id (two rows of one file with
	 * the same id are reported)
	 */
	record Layout(ProfileKind kind, List<Column> columns, Map<String, List<String>> groups, String keyField) {

		List<Column> required() {
			return this.columns.stream().filter(Column::required).toList();
		}

	}

	private static final Map<String, String> STAGES = labels("种子期", "SEED", "种子轮", "SEED", "天使轮", "SEED", "初创期",
			"STARTUP", "初创", "STARTUP", "成长期", "GROWTH", "成长", "GROWTH", "成熟期", "MATURE", "成熟", "MATURE", "上市",
			"LISTED", "已上市", "LISTED", "上市企业", "LISTED");

	private static final Map<String, String> SIZES = labels("微型", "MICRO", "微型企业", "MICRO", "小型", "SMALL", "小型企业",
			"SMALL", "中型", "MEDIUM", "中型企业", "MEDIUM", "大型", "LARGE", "大型企业", "LARGE");

	private static final Map<String, String> IDENTITY_TYPES = labels("统一社会信用代码", "USCC", "内地", "USCC", "香港", "HK_CR",
			"香港公司注册处", "HK_CR", "澳门", "MO_CR", "澳门商业登记", "MO_CR");

	private static final Map<String, String> COUNTERPART_KINDS = labels("产业集群", "PARK_INDUSTRY", "园区产业",
			"PARK_INDUSTRY", "主导产业", "PARK_INDUSTRY", "机构", "INSTITUTION", "高校", "INSTITUTION", "科研院所", "INSTITUTION",
			"平台", "INSTITUTION", "高校/科研院所/平台", "INSTITUTION", "载体", "SPACE");

	private static final Map<String, String> SPACE_TYPES = labels("厂房", "FACTORY", "标准厂房", "FACTORY", "写字楼", "OFFICE",
			"办公", "OFFICE", "用地", "LAND", "土地", "LAND", "孵化器", "INCUBATOR", "实验室", "LAB", "众创空间", "MAKERSPACE", "加速器",
			"ACCELERATOR", "科技园区", "SCIENCE_PARK", "科技园", "SCIENCE_PARK");

	private static final List<String> CONTACT_GROUP = List.of("联系人", "联系方式", "联系信息", "联系人信息", "contact");

	static final Layout ENTERPRISE = new Layout(ProfileKind.ENTERPRISE, List.of(
			text("name", true, "企业名称", "name", "示例·佛山市南海区华信铝型材有限公司", "公司名称", "企业全称", "名称", "company", "company name",
					"enterprise", "enterprise name"),
			text("nameEn", false, "英文名称", "nameEn", "Demo Foshan Huaxin Aluminium Co., Ltd.", "英文名", "english name",
					"name (english)"),
			text("creditCode", true, "统一社会信用代码", "creditCode", "91440300MA5GDM01X1", "信用代码", "社会信用代码", "统一信用代码", "注册号",
					"credit code", "uscc"),
			code("identityType", "登记类型", "identityType", IDENTITY_TYPES, "", "证照类型", "identity type"),
			text("region", true, "所在地区", "region", "佛山", "地区", "所在地", "所在城市", "城市", "注册地", "city"),
			list("industryCodes", "行业代码", "industryCodes", "C3316、3252", "国民经济行业代码", "行业分类代码", "行业代码(GB/T 4754)",
					"industry codes", "industry"),
			text("description", true, "主营业务", "description", "铝型材挤压、表面处理与销售", "主营", "主营产品", "经营范围", "企业简介", "简介",
					"main business", "business"),
			code("stage", "发展阶段", "stage", STAGES, "成长期", "阶段", "企业阶段"),
			list("tags", "企业标签", "tags", "高新技术企业、专精特新", "标签", "资质", "荣誉资质"),
			number("needs.landAreaM2", "需求用地面积(㎡)", "landAreaM2", "", List.of("用地面积", "用地"), "用地需求", "需求用地",
					"land area"),
			number("needs.factoryAreaM2", "需求厂房面积(㎡)", "factoryAreaM2", "8000", List.of("厂房面积", "厂房"), "厂房需求", "需求厂房",
					"需求厂房面积", "factory area"),
			number("needs.fundingCny", "融资需求(元)", "fundingCny", "20000000", List.of("融资", "融资金额"), "融资金额", "funding"),
			new Column("needs.rdTopics", Type.LIST, false, "研发需求", "rdTopics", List.of("研发方向", "r&d topics"),
					List.of("研发"), Map.of(), "表面处理工艺；节能熔铸"),
			number("needs.powerKva", "用电需求(kVA)", "powerKva", "2500", List.of("用电", "用电容量"), "用电容量", "power"),
			new Column("needs.maxRentCnyPerM2Month", Type.DECIMAL, false, "租金上限(元/㎡·月)", "maxRentCnyPerM2Month",
					List.of("可接受租金", "租金预算", "max rent"), List.of("租金", "租金上限"), Map.of(), "18.5"),
			contactName(true), contactPhone(), contactEmail(),
			text("ownerStaffId", false, "招商负责人", "ownerStaffId", "staff-qy-01", "负责人", "招商人员", "跟进人", "owner", "staff"),
			code("size", "企业规模", "size", SIZES, "中型", "规模")),
			Map.of("contact", CONTACT_GROUP, "needs", List.of("需求", "企业需求", "项目需求", "needs")), "creditCode");

	static final Layout INVESTOR = new Layout(ProfileKind.INVESTOR, List.of(
			text("name", true, "机构名称", "name", "示例·粤科清远创新创业投资基金", "名称", "投资机构", "基金名称", "机构", "investor", "fund"),
			text("nameEn", false, "英文名称", "nameEn", "Demo Qingyuan Venture Fund", "英文名", "english name"),
			list("sectors", "投资领域", "sectors", "新材料、新能源", "关注领域", "投资方向"),
			list("industryCodes", "行业代码", "industryCodes", "C3240、3252", "国民经济行业代码", "industry codes"),
			new Column("stages", Type.LIST, false, "投资阶段", "stages", List.of("阶段"), List.of(), STAGES, "初创期、成长期"),
			number("ticketMinCny", "单笔最低投资(元)", "ticketMinCny", "5000000", List.of(), "最低投资额", "最小投资额", "min ticket"),
			number("ticketMaxCny", "单笔最高投资(元)", "ticketMaxCny", "50000000", List.of(), "最高投资额", "最大投资额", "max ticket"),
			list("regions", "投资地区", "regions", "清远、广州、深圳", "投资区域", "关注地区"),
			text("description", false, "机构简介", "description", "示例基金。", "简介", "介绍"), contactName(false), contactPhone(),
			contactEmail(), text("ownerStaffId", false, "招商负责人", "ownerStaffId", "staff-qy-02", "负责人", "跟进人", "owner")),
			Map.of("contact", CONTACT_GROUP), "name");

	static final Layout COUNTERPART = new Layout(ProfileKind.COUNTERPART,
			List.of(code("kind", true, "类型", "kind", COUNTERPART_KINDS, "载体", "对象类型", "counterpart kind"),
					text("name", true, "名称", "name", "示例·清远高新区标准厂房A栋", "载体名称", "集群名称", "机构名称"),
					text("nameEn", false, "英文名称", "nameEn", "", "英文名", "english name"),
					text("parkName", true, "所属园区", "parkName", "清远高新区", "园区", "园区名称", "park", "park name"),
					text("region", true, "所在地区", "region", "清远", "地区", "所在地", "城市", "city"),
					text("description", false, "简介", "description", "闲置标准厂房，层高8米。", "介绍", "描述"),
					list("industryCodes", "行业代码", "industryCodes", "C3252", "国民经济行业代码", "industry codes"),
					list("keywords", "关键词", "keywords", "铝型材、厂房", "关键字"),
					list("researchAreas", "研究方向", "researchAreas", "", "研究领域", "research areas"),
					new Column("space.type", Type.TEXT, false, "载体类型", "space type", List.of("space type"),
							List.of("类型", "type"), SPACE_TYPES, "厂房"),
					number("space.areaM2", "载体面积(㎡)", "space areaM2", "5000", List.of("面积", "area"), "面积"),
					new Column("space.priceCnyPerM2Month", Type.DECIMAL, false, "租金(元/㎡·月)", "space priceCnyPerM2Month",
							List.of("租金", "rent", "price"), List.of("租金", "价格", "price"), Map.of(), "12.5"),
					number("space.powerKva", "供电容量(kVA)", "space powerKva", "1250", List.of("供电", "用电容量"), "供电"),
					contactName(false), contactPhone(), contactEmail()),
			Map.of("contact", CONTACT_GROUP, "space", List.of("载体", "载体信息", "space")), "name");

	private Columns() {
	}

	static List<Layout> all() {
		return List.of(ENTERPRISE, INVESTOR, COUNTERPART);
	}

	static Layout of(ProfileKind kind) {
		return switch (kind) {
			case ENTERPRISE -> ENTERPRISE;
			case INVESTOR -> INVESTOR;
			case COUNTERPART -> COUNTERPART;
		};
	}

	private static Column contactName(boolean required) {
		return new Column("contact.name", Type.TEXT, required, "联系人", "contact name",
				List.of("联系人姓名", "姓名", "contact", "contact person"), List.of("姓名", "名字", "name"), Map.of(), "示例联系人");
	}

	private static Column contactPhone() {
		return new Column("contact.phone", Type.TEXT, false, "联系电话", "contact phone",
				List.of("电话", "手机", "手机号", "手机号码", "电话号码", "phone", "mobile", "tel"),
				List.of("电话", "手机", "phone", "mobile"), Map.of(), "13800000001");
	}

	private static Column contactEmail() {
		return new Column("contact.email", Type.TEXT, false, "邮箱", "contact email",
				List.of("电子邮箱", "电子邮件", "email", "e-mail", "mail"), List.of("邮箱", "邮件", "email"), Map.of(),
				"demo@example.com");
	}

	private static Column text(String field, boolean required, String zh, String en, String example,
			String... aliases) {
		return new Column(field, Type.TEXT, required, zh, en, List.of(aliases), List.of(), Map.of(), example);
	}

	private static Column list(String field, String zh, String en, String example, String... aliases) {
		return new Column(field, Type.LIST, false, zh, en, List.of(aliases), List.of(), Map.of(), example);
	}

	private static Column code(String field, String zh, String en, Map<String, String> labels, String example,
			String... aliases) {
		return code(field, false, zh, en, labels, example, aliases);
	}

	private static Column code(String field, boolean required, String zh, String en, Map<String, String> labels,
			String example, String... aliases) {
		return new Column(field, Type.TEXT, required, zh, en, List.of(aliases), List.of(), labels, example);
	}

	private static Column number(String field, String zh, String en, String example, List<String> subAliases,
			String... aliases) {
		return new Column(field, Type.INTEGER, false, zh, en, List.of(aliases), subAliases, Map.of(), example);
	}

	private static Map<String, String> labels(String... pairs) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			labels.put(pairs[i], pairs[i + 1]);
		}
		return Map.copyOf(labels);
	}

	/** Every header a column answers to outside a group, template header first. */
	static List<String> names(Column column) {
		List<String> names = new ArrayList<>(Arrays.asList(column.header(), column.zh(), column.en(), column.field()));
		names.addAll(column.aliases());
		return names;
	}

}
