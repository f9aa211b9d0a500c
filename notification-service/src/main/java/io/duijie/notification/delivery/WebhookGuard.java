package io.duijie.notification.delivery;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The SSRF guard of webhook URLs: the host is resolved and every address it resolves to
 * must be a public unicast one. Refused: loopback (127/8, ::1), link-local (169.254/16
 * with the cloud metadata address, fe80::/10), private and site-local (10/8, 172.16/12,
 * 192.168/16, fec0::/10), carrier-grade NAT (100.64/10), unique-local IPv6 (fc00::/7),
 * multicast, broadcast and any-local / "this network" (0/8, ::) addresses, unless
 * {@code duijie.notification.delivery.allow-private-webhook-addresses} is set (tests,
 * closed networks). Checked when preferences are saved and again before every send, since
 * DNS answers change. A host that re-resolves between this check and the connection (DNS
 * rebinding within the resolver's cache time) is not caught.
 */
@Component
public class WebhookGuard {

	/** Why a URL was refused. */
	public enum Reason {

		NOT_HTTP, UNRESOLVABLE, LOOPBACK, LINK_LOCAL, PRIVATE, CARRIER_GRADE_NAT, UNIQUE_LOCAL, MULTICAST, ANY_LOCAL

	}

	/** A refused URL: the reason and the address that caused it. */
	public record Rejection(Reason reason, @Nullable String address) {

		String describe() {
			return this.reason.name().toLowerCase(Locale.ROOT).replace('_', '-')
					+ ((this.address != null) ? " address " + this.address : "");
		}

	}

	/** Resolves a host name: {@link InetAddress#getAllByName} outside tests. */
	interface Resolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

	/** A send refused by the guard: a permanent failure. */
	static final class RejectedException extends RuntimeException {

		RejectedException(Rejection rejection) {
			super(rejection.describe());
		}

	}

	private final boolean allowPrivate;

	private final Resolver resolver;

	@Autowired
	WebhookGuard(DeliveryProperties properties) {
		this(properties.allowPrivateWebhookAddresses(), InetAddress::getAllByName);
	}

	WebhookGuard(boolean allowPrivate, Resolver resolver) {
		this.allowPrivate = allowPrivate;
		this.resolver = resolver;
	}

	/** A guard on the system resolver, outside Spring (tests of other packages). */
	public static WebhookGuard of(boolean allowPrivate) {
		return new WebhookGuard(allowPrivate, InetAddress::getAllByName);
	}

	/** Why this URL may not be called, or empty if it may. */
	public Optional<Rejection> check(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return Optional.of(new Rejection(Reason.NOT_HTTP, null));
		}
		String scheme = uri.getScheme();
		String host = uri.getHost();
		if (host == null || scheme == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
			return Optional.of(new Rejection(Reason.NOT_HTTP, null));
		}
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		InetAddress[] addresses;
		try {
			addresses = this.resolver.resolve(host);
		}
		catch (UnknownHostException ex) {
			return Optional.of(new Rejection(Reason.UNRESOLVABLE, null));
		}
		if (this.allowPrivate) {
			return Optional.empty();
		}
		for (InetAddress address : addresses) {
			Reason reason = classify(address);
			if (reason != null) {
				return Optional.of(new Rejection(reason, address.getHostAddress()));
			}
		}
		return Optional.empty();
	}

	/** Throws {@link RejectedException} if this URL may not be called now. */
	void verify(String url) {
		Optional<Rejection> rejection = check(url);
		if (rejection.isPresent()) {
			throw new RejectedException(rejection.get());
		}
	}

	/**
	 * True if this is a Standard Webhooks secret: {@code whsec_} and the base64 of at
	 * least 16 bytes.
	 */
	public static boolean isStandardSecret(String secret) {
		return WebhookSigner.isStandardSecret(secret);
	}

	static @Nullable Reason classify(InetAddress address) {
		if (address.isAnyLocalAddress()) {
			return Reason.ANY_LOCAL;
		}
		if (address.isLoopbackAddress()) {
			return Reason.LOOPBACK;
		}
		if (address.isLinkLocalAddress()) {
			return Reason.LINK_LOCAL;
		}
		if (address.isSiteLocalAddress()) {
			return Reason.PRIVATE;
		}
		if (address.isMulticastAddress()) {
			return Reason.MULTICAST;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			if (first == 0) {
				return Reason.ANY_LOCAL;
			}
			if (first == 100 && second >= 64 && second <= 127) {
				return Reason.CARRIER_GRADE_NAT;
			}
			if (first == 255 && (bytes[1] & bytes[2] & bytes[3] & 0xff) == 0xff) {
				return Reason.MULTICAST;
			}
		}
		else if (address instanceof Inet6Address) {
			if ((bytes[0] & 0xfe) == 0xfc) {
				return Reason.UNIQUE_LOCAL;
			}
			if (isIpv4Mapped(bytes)) {
				try {
					byte[] v4 = new byte[] { bytes[12], bytes[13], bytes[14], bytes[15] };
					return classify(InetAddress.getByAddress(v4));
				}
				catch (UnknownHostException ex) {
					return Reason.UNRESOLVABLE;
				}
			}
		}
		return null;
	}

	private static boolean isIpv4Mapped(byte[] bytes) {
		for (int i = 0; i < 10; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
	}

}
