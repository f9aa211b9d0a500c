package io.duijie.notification.delivery;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignerTest {

	@Test
	void signsTimestampDotBody() {
		// printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac secret
		String signature = new WebhookSigner("secret").sign("1700000000", "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
		assertThat(signature).isEqualTo("sha256=49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686");
	}

	@Test
	void dependsOnSecretTimestampAndBody() {
		byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
		String reference = new WebhookSigner("secret").sign("1700000000", body);
		assertThat(new WebhookSigner("other").sign("1700000000", body)).isNotEqualTo(reference);
		assertThat(new WebhookSigner("secret").sign("1700000001", body)).isNotEqualTo(reference);
		assertThat(new WebhookSigner("secret").sign("1700000000", "{\"a\":2}".getBytes(StandardCharsets.UTF_8)))
			.isNotEqualTo(reference);
	}

}
