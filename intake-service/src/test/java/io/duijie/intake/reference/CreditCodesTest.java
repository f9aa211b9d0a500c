package io.duijie.intake.reference;

import io.duijie.contracts.IdentityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CreditCodesTest {

	@ParameterizedTest
	@ValueSource(strings = {
			// published codes of real companies (華為技術, 騰訊科技(深圳), 比亞迪股份): the algorithm
			// agrees with them
			"914403001922038216", "91440300708461136T", "91440300192317458F",
			// the demo enterprises of seeds/enterprises.json
			"91440300MA5GDM01X1", "91440300MA5HQ7K269", "91440100MA9W4R1C23", "91441900MA4X6P2E25",
			// computed here: Σ mod 31 = 0, so the check value 31 is written 0; and a
			// check letter Y (value 30)
			"914418000000000230", "91441800000000013Y" })
	void acceptsValidCodes(String code) {
		CreditCodes.Check check = CreditCodes.check(code, IdentityType.USCC);
		assertThat(check.valid()).isTrue();
		assertThat(check.problem()).isNull();
		assertThat(check.normalised()).isEqualTo(code);
	}

	@Test
	void computesTheCheckCharacter() {
		assertThat(CreditCodes.checkCharacter("91440300192203821")).isEqualTo('6');
		assertThat(CreditCodes.checkCharacter("91440300708461136")).isEqualTo('T');
		assertThat(CreditCodes.checkCharacter("91441800000000023")).isEqualTo('0');
		assertThat(CreditCodes.checkCharacter("91441800000000013")).isEqualTo('Y');
	}

	@Test
	void checkCharacterNeeds17UsccCharacters() {
		assertThatIllegalArgumentException().isThrownBy(() -> CreditCodes.checkCharacter("9144030019220382"));
		assertThatIllegalArgumentException().isThrownBy(() -> CreditCodes.checkCharacter("9144030019220382I"));
	}

	@Test
	void normalisesFullWidthCaseAndSpaces() {
		// typed with a Chinese input method: full-width digits and letters, lower case,
		// ideographic spaces around
		CreditCodes.Check check = CreditCodes.check("\u3000９１４４０３００７０８４６１１３６ｔ ", IdentityType.USCC);
		assertThat(check.normalised()).isEqualTo("91440300708461136T");
		assertThat(check.valid()).isTrue();
		assertThat(CreditCodes.check("91440300708461136t", IdentityType.USCC).valid()).isTrue();
	}

	@ParameterizedTest
	@CsvSource({
			// one character changed: the check character no longer matches
			"914403001922038217, CHECK_DIGIT", "91440300708461136X, CHECK_DIGIT", "914403001922038261, CHECK_DIGIT",
			// too short, too long, empty
			"91440300192203821, LENGTH", "9144030019220382160, LENGTH", "'', LENGTH",
			// I, O, Z, S and V are not used; nor is punctuation
			"91440300MA5GDM01I1, CHARSET", "91440300MA5GDMO1X1, CHARSET", "9144030OMA5GDM01Z1, CHARSET",
			"91440300MA5GDS01X1, CHARSET", "91440300MA5GDV01X1, CHARSET", "91440300-A5GDM01X1, CHARSET",
			// characters 3 to 8 are the region code: digits
			"9144A300MA5GDM01X1, FORMAT" })
	void rejectsInvalidCodes(String code, CreditCodes.Problem problem) {
		CreditCodes.Check check = CreditCodes.check(code, IdentityType.USCC);
		assertThat(check.valid()).isFalse();
		assertThat(check.problem()).isEqualTo(problem);
		assertThat(problem.code()).startsWith("creditCode.");
	}

	@Test
	void eachProblemHasItsOwnMessageCode() {
		assertThat(CreditCodes.Problem.CHECK_DIGIT.code()).isEqualTo("creditCode.checkDigit");
		assertThat(java.util.Arrays.stream(CreditCodes.Problem.values()).map(CreditCodes.Problem::code).distinct())
			.hasSize(CreditCodes.Problem.values().length);
	}

	@ParameterizedTest
	@ValueSource(strings = { "3141592", "12345678", "0012345", " ３１４１５９２ ", "263876", "1", "0000263" })
	void acceptsHongKongCompaniesRegistryAndBusinessRegistrationNumbers(String number) {
		assertThat(CreditCodes.check(number, IdentityType.HK_CR).valid()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "123456789", "31415A2", "91440300708461136T", "", "12345678-000-06-25-A", "CR 1234567" })
	void rejectsOtherHongKongNumbers(String number) {
		assertThat(CreditCodes.check(number, IdentityType.HK_CR).problem()).isEqualTo(CreditCodes.Problem.HK_CR);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "12345", "12345678" })
	void acceptsMacauCommercialRegistrationNumbers(String number) {
		assertThat(CreditCodes.check(number, IdentityType.MO_CR).valid()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "123456789", "12-345", "SO12345", "12345 (SO)", "" })
	void rejectsOtherMacauNumbers(String number) {
		assertThat(CreditCodes.check(number, IdentityType.MO_CR).problem()).isEqualTo(CreditCodes.Problem.MO_CR);
	}

	@Test
	void aMainlandCodeIsNotAHongKongNumberNorTheOtherWayRound() {
		assertThat(CreditCodes.check("3141592", IdentityType.USCC).problem()).isEqualTo(CreditCodes.Problem.LENGTH);
		assertThat(CreditCodes.check("914403001922038216", IdentityType.MO_CR).valid()).isFalse();
	}

}
