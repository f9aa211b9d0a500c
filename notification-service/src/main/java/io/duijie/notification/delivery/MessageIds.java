package io.duijie.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The e-mail {@code Message-ID} of a notification: derived from the notification id
 * alone, so that a mail sent twice (a crash between sending and recording) carries the
 * same Message-ID and mail clients and receiving servers can fold the two. The id is used
 * as it is when it is an RFC 5322 dot-atom (ours are: letters, digits, {@code ~ / -}),
 * else hex-encoded.
 */
final class MessageIds {

	static final String HEADER = "X-Duijie-Notification-Id";

	private static final Pattern DOT_ATOM = Pattern
		.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

	private MessageIds() {
	}

	/** {@code <notificationId@domain of the sender>}. */
	static String of(String notificationId, String from) {
		int at = from.lastIndexOf('@');
		String domain = (at >= 0 && at < from.length() - 1) ? from.substring(at + 1) : "duijie.invalid";
		String local = DOT_ATOM.matcher(notificationId).matches() ? notificationId
				: "x" + HexFormat.of().formatHex(notificationId.getBytes(StandardCharsets.UTF_8));
		return "<" + local + "@" + domain + ">";
	}

}
