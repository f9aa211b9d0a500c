package io.duijie.notification.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

	@Test
	void emailKeepsFirstLetterAndDomain() {
		assertThat(Masking.email("chen.zq@huaxin.example.com")).isEqualTo("c***@huaxin.example.com");
		assertThat(Masking.email("@x")).isEqualTo("***");
		assertThat(Masking.email(null)).isEqualTo("<none>");
	}

	@Test
	void phoneKeepsLastFourDigits() {
		assertThat(Masking.phone("+86 757 8628 8000")).isEqualTo("***8000");
		assertThat(Masking.phone("12")).isEqualTo("***");
	}

	@Test
	void urlKeepsSchemeAndHost() {
		assertThat(Masking.url("https://oapi.dingtalk.com/robot/send?access_token=abc"))
			.isEqualTo("https://oapi.dingtalk.com/***");
	}

}
