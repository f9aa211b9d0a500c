package io.duijie.notification.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.duijie.notification.system.NotificationProperties;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The token of an unsubscribe link: base64url HMAC-SHA256 over
 * {@code unsubscribe:EMAIL:<recipientId>} with
 * {@code duijie.notification.unsubscribe-secret}. It does not expire, like the links in
 * mails people keep; it only switches e-mail off, so a leaked link can do no more than
 * that.
 */
@Component
public class UnsubscribeTokens {

	private final byte[] secret;

	private final String baseUrl;

	UnsubscribeTokens(NotificationProperties properties) {
		this.secret = properties.unsubscribeSecret().getBytes(StandardCharsets.UTF_8);
		this.baseUrl = properties.publicBaseUrl();
	}

	public String token(String recipientId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			byte[] digest = mac.doFinal(("unsubscribe:EMAIL:" + recipientId).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/** Constant-time comparison. */
	public boolean valid(String recipientId, String token) {
		return MessageDigest.isEqual(token(recipientId).getBytes(StandardCharsets.US_ASCII),
				token.getBytes(StandardCharsets.US_ASCII));
	}

	/** {@code <public-base-url>/api/recipients/<id>/unsubscribe?token=…}. */
	public String url(String recipientId) {
		return UriComponentsBuilder.fromUriString(this.baseUrl)
			.path("/api/recipients/{id}/unsubscribe")
			.queryParam("token", token(recipientId))
			.buildAndExpand(recipientId)
			.encode()
			.toUriString();
	}

}
