package io.duijie.intake.reference;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTest {

	@ParameterizedTest
	@ValueSource(strings = { "13800000001", "138 0000 0001", "+86 138-0000-0001", "008613800000001", "19912345678",
			"0763-0000000", "0763-3888888", "(0757) 8628 8000", "+86 757 8628 8000", "010-12345678", "020 8888 8888",
			"+852 2123 4567", "+85221234567", "+853 2888 8888", "00852 9123 4567", "１３８００００００01" })
	void acceptsMainlandHongKongAndMacauNumbers(String phone) {
		assertThat(PhoneNumbers.isValid(phone)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "12800000001", "1380000000", "138000000012", "+852 2123 456", "+853 28888888 9",
			"+1 650 253 0000", "12345", "phone", "0763-000", "" })
	void rejectsOtherNumbers(String phone) {
		assertThat(PhoneNumbers.isValid(phone)).isFalse();
	}

}
