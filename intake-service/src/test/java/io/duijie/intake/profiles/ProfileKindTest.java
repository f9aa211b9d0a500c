package io.duijie.intake.profiles;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileKindTest {

	@Test
	void findsTheKindOfAPathAndOfATopic() {
		assertThat(ProfileKind.ofPath("/api/enterprises")).hasValue(ProfileKind.ENTERPRISE);
		assertThat(ProfileKind.ofPath("/api/investors/abc")).hasValue(ProfileKind.INVESTOR);
		assertThat(ProfileKind.ofPath("/api/counterpartsX")).isEmpty();
		assertThat(ProfileKind.ofTopic("counterpart-profiles")).hasValue(ProfileKind.COUNTERPART);
		assertThat(ProfileKind.ofTopic("matches")).isEmpty();
		assertThat(ProfileKind.ENTERPRISE.location("x")).isEqualTo("/api/enterprises/x");
	}

}
