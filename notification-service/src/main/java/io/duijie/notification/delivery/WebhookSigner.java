package io.duijie.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures of webhook calls.
 * <p>
 * Standard Webhooks (https://www.standardwebhooks.com): the secret is
 * {@code whsec_<base64 of 24-64 random bytes>}; the signature is
 * {@code v1,<base64(HMAC-SHA256(key, msgId + "." + timestamp + "." + body))>} in
 * {@code webhook-signature}, with the message id in {@code webhook-id} (our notification
 * id: the receiver's idempotency key) and the Unix time in seconds in
 * {@code webhook-timestamp}. A receiver checks the signature over the raw body and
 * refuses timestamps far from its clock.
 * <p>
 * The chat robots sign differently, and only when the robot was created with "加签"
 * (signing): DingTalk puts {@code timestamp} (milliseconds) and
 * {@code sign = urlencode(base64(HMAC-SHA256(key = secret, timestamp + "\n" + secret)))}
 * in the query; Feishu puts {@code timestamp} (seconds) and
 * {@code sign = base64(HMAC-SHA256(key = timestamp + "\n" + secret, empty message)))} in
 * the body.
 */
final class WebhookSigner {

	static final String ID_HEADER = "webhook-id";

	static final String TIMESTAMP_HEADER = "webhook-timestamp";

	static final String SIGNATURE_HEADER = "webhook-signature";

	static final String SECRET_PREFIX = "whsec_";

	private static final String ALGORITHM = "HmacSHA256";

	private final byte[] key;

	WebhookSigner(String secret) {
		this.key = key(secret);
	}

	/** The key bytes of a {@code whsec_} secret; fails on anything else. */
	static byte[] key(String secret) {
		if (!secret.startsWith(SECRET_PREFIX)) {
			throw new IllegalArgumentException("A Standard Webhooks secret starts with " + SECRET_PREFIX);
		}
		byte[] key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
		if (key.length < 16) {
			throw new IllegalArgumentException("A webhook secret needs at least 16 bytes of key");
		}
		return key;
	}

	/** True if this is a usable {@code whsec_} secret. */
	static boolean isStandardSecret(String secret) {
		try {
			key(secret);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	String sign(String messageId, long timestamp, byte[] body) {
		Mac mac = mac(this.key);
		mac.update((messageId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
		mac.update(body);
		return "v1," + Base64.getEncoder().encodeToString(mac.doFinal());
	}

	/** DingTalk's {@code sign} query parameter, before URL encoding. */
	static String dingTalk(String secret, long timestampMillis) {
		Mac mac = mac(secret.getBytes(StandardCharsets.UTF_8));
		byte[] signature = mac.doFinal((timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
		return Base64.getEncoder().encodeToString(signature);
	}

	/** Feishu's {@code sign} body field. */
	static String feishu(String secret, long timestampSeconds) {
		Mac mac = mac((timestampSeconds + "\n" + secret).getBytes(StandardCharsets.UTF_8));
		return Base64.getEncoder().encodeToString(mac.doFinal(new byte[0]));
	}

	private static Mac mac(byte[] key) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key, ALGORITHM));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 unavailable", ex);
		}
	}

}
