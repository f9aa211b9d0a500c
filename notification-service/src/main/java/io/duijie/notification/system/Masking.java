package io.duijie.notification.system;

import org.jspecify.annotations.Nullable;

/**
 * Contact details as they may appear in logs and events: never in clear (PIPL).
 */
public final class Masking {

	private Masking() {
	}

	/** {@code chen.zq@huaxin.example} becomes {@code c***@huaxin.example}. */
	public static String email(@Nullable String email) {
		if (email == null || email.isBlank()) {
			return "<none>";
		}
		int at = email.lastIndexOf('@');
		if (at <= 0) {
			return "***";
		}
		return email.charAt(0) + "***" + email.substring(at);
	}

	/** {@code +86 757 8628 8000} becomes {@code ***8000}. */
	public static String phone(@Nullable String phone) {
		if (phone == null || phone.isBlank()) {
			return "<none>";
		}
		String digits = phone.replaceAll("[^0-9]", "");
		return "***" + ((digits.length() > 4) ? digits.substring(digits.length() - 4) : "");
	}

	/**
	 * A URL reduced to its scheme and host: paths and queries of webhooks often carry
	 * tokens.
	 */
	public static String url(@Nullable String url) {
		if (url == null || url.isBlank()) {
			return "<none>";
		}
		try {
			java.net.URI uri = java.net.URI.create(url);
			return uri.getScheme() + "://" + uri.getHost() + "/***";
		}
		catch (IllegalArgumentException ex) {
			return "***";
		}
	}

}
