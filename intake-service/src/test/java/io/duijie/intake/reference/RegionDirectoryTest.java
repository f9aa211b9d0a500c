package io.duijie.intake.reference;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import io.duijie.contracts.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RegionDirectoryTest {

	private final RegionDirectory regions = RegionDirectory.standard();

	@ParameterizedTest
	@CsvSource({
			// the nine Guangdong cities of the Greater Bay Area, bare, with 市, in English
			"广州, 440100", "广州市, 440100", "Guangzhou, 440100", "深圳, 440300", "深圳市, 440300", "Shenzhen, 440300",
			"珠海, 440400", "Zhuhai, 440400", "佛山, 440600", "佛山市, 440600", "Foshan, 440600", "惠州, 441300",
			"Huizhou, 441300", "东莞, 441900", "东莞市, 441900", "Dongguan, 441900", "中山, 442000", "Zhongshan, 442000",
			"江门, 440700", "Jiangmen, 440700", "肇庆, 441200", "肇庆市, 441200", "Zhaoqing, 441200",
			// Hong Kong and Macau
			"香港, 810000", "香港特别行政区, 810000", "Hong Kong, 810000", "HK, 810000", "Hong Kong SAR, 810000", "澳门, 820000",
			"澳门特别行政区, 820000", "澳門, 820000", "Macau, 820000", "Macao, 820000",
			// the parks' cities and provinces
			"清远, 441800", "清远市, 441800", "Qingyuan, 441800", "南宁, 450100", "南宁市, 450100", "广东省, 440000", "广东, 440000",
			"广西, 450000", "广西壮族自治区, 450000",
			// case, spaces, full width, traditional characters, 'City'
			"shenzhen, 440300", "  SHENZHEN  , 440300", "Shenzhen City, 440300", "廣州, 440100", "東莞, 441900",
			"ｓｈｅｎｚｈｅｎ, 440300" })
	void resolvesNames(String name, String code) {
		assertThat(this.regions.resolve(name)).map(Region::code).hasValue(code);
	}

	@Test
	void givesTheChineseNameOfTheCode() {
		assertThat(this.regions.resolve("深圳")).hasValue(new Region("440300", "深圳市"));
		assertThat(this.regions.resolve("Hong Kong")).hasValue(new Region("810000", "香港特别行政区"));
		assertThat(this.regions.resolve("441800")).hasValue(new Region("441800", "清远市"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "441800", "450100", "440000", "450000", "810000", "820000", " 440300 ", "４４０３００" })
	void resolvesCodes(String code) {
		assertThat(this.regions.resolve(code)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Atlantis", "深", "市", "999999", "44030", "4403000", "440399", "" })
	void doesNotGuess(String input) {
		assertThat(this.regions.resolve(input)).isEmpty();
	}

	@Test
	void theTableHoldsEveryProvinceAndTheCitiesOfGuangdongAndGuangxi() {
		// 34 provincial-level divisions, 21 Guangdong cities, 14 Guangxi cities
		assertThat(this.regions.size()).isEqualTo(69);
	}

	@Test
	void aTableWithAmbiguousNamesIsRefused() throws Exception {
		String table = "440100\t广州市\tCanton\n440000\t广东省\tCanton Province\n";
		assertThatIllegalStateException()
			.isThrownBy(() -> RegionDirectory.load(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8))))
			.withMessageContaining("canton");
	}

}
