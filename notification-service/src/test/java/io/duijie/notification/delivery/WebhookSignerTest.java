package io.duijie.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WebhookSignerTest {

	/** The example of the Standard Webhooks specification's reference libraries. */
	@Test
	void signsLikeTheSpecificationsExample() throws Exception {
		WebhookSigner signer = new WebhookSigner("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
		String signature = signer.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
				"{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8));
		assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
		// and as the official Java library signs
		assertThat(signature).isEqualTo(new com.standardwebhooks.Webhook("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
			.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"));
	}

	@Test
	void dependsOnSecretIdTimestampAndBody() {
		byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
		String secret = "whsec_" + Base64.getEncoder().encodeToString("0123456789abcdef0123".getBytes());
		String other = "whsec_" + Base64.getEncoder().encodeToString("0123456789abcdef0124".getBytes());
		String reference = new WebhookSigner(secret).sign("id", 1700000000, body);
		assertThat(new WebhookSigner(other).sign("id", 1700000000, body)).isNotEqualTo(reference);
		assertThat(new WebhookSigner(secret).sign("id2", 1700000000, body)).isNotEqualTo(reference);
		assertThat(new WebhookSigner(secret).sign("id", 1700000001, body)).isNotEqualTo(reference);
		assertThat(new WebhookSigner(secret).sign("id", 1700000000, "{\"a\":2}".getBytes(StandardCharsets.UTF_8)))
			.isNotEqualTo(reference);
	}

	@Test
	void refusesSecretsThatAreNotStandard() {
		assertThatIllegalArgumentException().isThrownBy(() -> new WebhookSigner("duijie-dev-webhook-secret"));
		assertThatIllegalArgumentException().isThrownBy(() -> new WebhookSigner("whsec_c2hvcnQ="));
		assertThat(WebhookSigner.isStandardSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).isTrue();
	}

	/** DingTalk: sign = base64(HMAC-SHA256(key = secret, timestamp + "\n" + secret)). */
	@Test
	void signsForDingTalkAsItsDocumentationSays() throws Exception {
		String secret = "SEC0123456789abcdef";
		long timestamp = 1700000000123L;
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String expected = Base64.getEncoder()
			.encodeToString(mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
		assertThat(WebhookSigner.dingTalk(secret, timestamp)).isEqualTo(expected);
	}

	/** Feishu: sign = base64(HMAC-SHA256(key = timestamp + "\n" + secret, empty)). */
	@Test
	void signsForFeishuAsItsDocumentationSays() throws Exception {
		String secret = "feishu-secret";
		long timestamp = 1700000000L;
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		assertThat(WebhookSigner.feishu(secret, timestamp))
			.isEqualTo(Base64.getEncoder().encodeToString(mac.doFinal()));
		assertThat(WebhookSigner.feishu(secret, timestamp + 1)).isNotEqualTo(WebhookSigner.feishu(secret, timestamp));
	}

}
