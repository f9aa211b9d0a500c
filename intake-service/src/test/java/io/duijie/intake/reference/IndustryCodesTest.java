package io.duijie.intake.reference;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IndustryCodesTest {

	@ParameterizedTest
	@CsvSource({ "3252, 3252", "C3252, 3252", "c3252, 3252", " C 3252 , 3252", "Ｃ３２５２, 3252", "C32, 32", "325, 325",
			"C, C", "A01, 01", "0111, 0111", "B06, 06", "D4411, 4411", "I6513, 6513", "M7340, 7340", "T97, 97",
			"S96, 96", "k70, 70" })
	void normalisesToTheDigits(String raw, String normalised) {
		IndustryCodes.Check check = IndustryCodes.check(raw);
		assertThat(check.valid()).isTrue();
		assertThat(check.normalised()).isEqualTo(normalised);
	}

	@ParameterizedTest
	@CsvSource({ "'', FORMAT", "3, FORMAT", "32521, FORMAT", "CC32, FORMAT", "32C, FORMAT", "3252-1, FORMAT",
			"铝压延, FORMAT", "U, UNKNOWN", "Z32, UNKNOWN", "0052, UNKNOWN", "98, UNKNOWN", "9999, UNKNOWN",
			"A3252, SECTION_MISMATCH", "C0111, SECTION_MISMATCH", "I32, SECTION_MISMATCH", "T96, SECTION_MISMATCH" })
	void rejectsInvalidCodes(String raw, IndustryCodes.Problem problem) {
		IndustryCodes.Check check = IndustryCodes.check(raw);
		assertThat(check.problem()).isEqualTo(problem);
		assertThat(check.normalised()).isNull();
	}

	@Test
	void everyDivisionFrom01To97HasExactlyOneSection() {
		for (int division = 1; division <= 97; division++) {
			assertThat(IndustryCodes.section(division)).as("division %02d", division).isNotNull();
		}
		assertThat(IndustryCodes.section(0)).isNull();
		assertThat(IndustryCodes.section(98)).isNull();
		assertThat(IndustryCodes.section(32)).isEqualTo('C');
		assertThat(IndustryCodes.section(65)).isEqualTo('I');
	}

	@Test
	void normalisesAListDroppingDuplicatesAndInvalidCodes() {
		List<String> codes = Arrays.asList("C3252", "3252", null, "3240", "X1", "C");
		assertThat(IndustryCodes.normaliseAll(codes)).containsExactly("3252", "3240", "C");
		assertThat(IndustryCodes.normaliseAll(null)).isEmpty();
	}

}
