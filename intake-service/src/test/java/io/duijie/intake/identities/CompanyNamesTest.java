package io.duijie.intake.identities;

import java.util.List;

import io.duijie.contracts.Contact;
import io.duijie.contracts.EnterpriseProfile;
import io.duijie.contracts.IdentityType;
import io.duijie.contracts.Needs;
import io.duijie.contracts.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison forms of company names and registrations: one company in Simplified,
 * Traditional or English names compares equal; different companies do not.
 */
class CompanyNamesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			深圳市大疆创新科技有限公司 | 大疆创新科技
			深圳市大疆創新科技有限公司 | 大疆创新科技
			大疆创新科技（深圳）有限公司 | 大疆创新科技
			深圳市大疆创新科技有限责任公司 | 大疆创新科技
			广东省深圳市大疆创新科技股份有限公司 | 大疆创新科技
			香港大疆創新科技有限公司 | 大疆创新科技
			佛山市南海区华信铝型材有限公司 | 华信铝型材
			佛山市南海區華信鋁型材有限公司 | 华信铝型材
			美的集团股份有限公司 | 美的
			比亞迪股份有限公司 | 比亚迪
			澳門旅遊娛樂股份有限公司 | 旅游娱乐
			ＴＣＬ科技集团股份有限公司 | tcl科技
			有限公司 | 有限公司
			""")
	void chineseNamesLoseScriptLegalFormAndRegion(String name, String form) {
		assertThat(CompanyNames.chinese(name)).isTrue();
		assertThat(CompanyNames.chineseKey(name)).isEqualTo(form);
		assertThat(CompanyNames.key(name)).isEqualTo("name:" + form);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			SZ DJI Technology Co., Ltd. | dji technology
			Shenzhen DJI Technology Co Ltd | dji technology
			DJI Technology (Hong Kong) Limited | dji technology
			ＳＺ　ＤＪＩ　Ｔｅｃｈｎｏｌｏｇｙ　Ｃｏ．，Ｌｔｄ． | dji technology
			Midea Group Co., Ltd. | midea
			CK Hutchison Holdings Limited | ck hutchison
			Sociedade de Turismo e Diversões de Macau, S.A. | sociedade de turismo e diversoes de
			Foshan Nanhai Huaxin Aluminium Co., Ltd. | nanhai huaxin aluminium
			A & B Trading Ltd | a and b trading
			Limited | limited
			""")
	void englishNamesLoseLegalFormAndPlaces(String name, String form) {
		assertThat(CompanyNames.chinese(name)).isFalse();
		assertThat(CompanyNames.englishKey(name)).isEqualTo(form);
		assertThat(CompanyNames.key(name)).isEqualTo("en:" + form);
	}

	@Test
	void differentCompaniesStayApart() {
		assertThat(CompanyNames.chineseKey("深圳市大疆创新科技有限公司")).isNotEqualTo(CompanyNames.chineseKey("深圳市大族激光科技股份有限公司"));
		assertThat(CompanyNames.chineseKey("华为技术有限公司")).isNotEqualTo(CompanyNames.chineseKey("华为终端有限公司"));
		assertThat(CompanyNames.englishKey("Huawei Technologies Co., Ltd."))
			.isNotEqualTo(CompanyNames.englishKey("Huawei Device Co., Ltd."));
		// a name that is a place is kept, not stripped to nothing
		assertThat(CompanyNames.chineseKey("深圳市中山有限公司")).isEqualTo("中山");
		assertThat(CompanyNames.key(" ")).isEmpty();
	}

	@Test
	void registrationsCompareWithoutLeadingZerosInHongKongAndMacauOnly() {
		assertThat(CompanyNames.registrationKey(IdentityType.HK_CR, "0263876"))
			.isEqualTo(CompanyNames.registrationKey(IdentityType.HK_CR, " ２６３８７６ "))
			.isEqualTo("reg:HK_CR:263876");
		assertThat(CompanyNames.registrationKey(IdentityType.MO_CR, "00012345")).isEqualTo("reg:MO_CR:12345");
		assertThat(CompanyNames.registrationKey(IdentityType.HK_CR, "0000000")).isEqualTo("reg:HK_CR:0");
		assertThat(CompanyNames.registrationKey(IdentityType.HK_CR, "12345"))
			.isNotEqualTo(CompanyNames.registrationKey(IdentityType.MO_CR, "12345"));
		assertThat(CompanyNames.registrationKey(IdentityType.USCC, "91440300mA5gdm01x1"))
			.isEqualTo("reg:USCC:91440300MA5GDM01X1");
	}

	@Test
	void aProfileIsIndexedByItsNamesEnglishNameAliasesAndRegistration() {
		EnterpriseProfile profile = new EnterpriseProfile("深圳市大疆创新科技有限公司", "SZ DJI Technology Co., Ltd.",
				"914403007954257495", IdentityType.USCC, new Region("440300", "深圳市"), List.of("C3963"), "无人机", null,
				List.of(), Needs.none(), new Contact("示例", null, "demo@example.com"), null, null,
				List.of("深圳市大疆創新科技有限公司", "DJI Technology (Hong Kong) Limited"));
		assertThat(IdentityIndex.keys(profile)).containsExactly("name:大疆创新科技", "en:dji technology",
				"reg:USCC:914403007954257495");
	}

	@Test
	void aMergeKeepsTheOthersNamesAsAliasesOnce() {
		EnterpriseProfile survivor = new EnterpriseProfile("深圳市大疆创新科技有限公司", "SZ DJI Technology Co., Ltd.",
				"914403007954257495", IdentityType.USCC, new Region("440300", "深圳市"), List.of("C3963"), "无人机", null,
				List.of(), Needs.none(), new Contact("示例", null, "demo@example.com"), null, null, List.of("大疆"));
		EnterpriseProfile merged = survivor.withAliases(List.of("大疆", "DJI"));
		EnterpriseProfile traditional = new EnterpriseProfile("深圳市大疆創新科技有限公司", "SZ DJI Technology Co., Ltd.", "1234567",
				IdentityType.HK_CR, new Region("810000", "香港"), List.of("C3963"), "无人机", null, List.of(), Needs.none(),
				new Contact("示例", null, "demo@example.com"), null, null, merged.aliases());
		assertThat(Merges.aliases(survivor, traditional)).containsExactly("大疆", "深圳市大疆創新科技有限公司", "DJI");
		assertThat(Merges.aliases(survivor.withAliases(null), survivor)).containsExactly("大疆");
	}

}
