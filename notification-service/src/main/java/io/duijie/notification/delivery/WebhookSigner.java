package io.duijie.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature:
 * {@code "sha256=" + hex(HMAC-SHA256(secret, timestamp + "." + body))}, sent in
 * {@code X-Duijie-Signature} with the Unix timestamp (seconds) in
 * {@code X-Duijie-Timestamp}. A receiver recomputes it over the raw body and rejects old
 * timestamps to stop replays.
 */
final class WebhookSigner {

	static final String TIMESTAMP_HEADER = "X-Duijie-Timestamp";

	static final String SIGNATURE_HEADER = "X-Duijie-Signature";

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	WebhookSigner(String secret) {
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
	}

	String sign(String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) '.');
			mac.update(body);
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal());
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 unavailable", ex);
		}
	}

}
