package io.duijie.notification.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SSRF guard with private addresses not allowed, as in production. */
class WebhookGuardTest {

	/** Names resolve from this table only: no DNS in tests. */
	private static final Map<String, String> DNS = Map.of("hooks.example.com", "93.184.215.14", "intranet.example.com",
			"10.1.2.3", "rebind.example.com", "169.254.169.254", "v6.example.com", "2001:db8::1");

	private final WebhookGuard guard = new WebhookGuard(false, WebhookGuardTest::resolve);

	@Test
	void acceptsPublicAddresses() {
		assertThat(this.guard.check("https://hooks.example.com/x?key=1")).isEmpty();
		assertThat(this.guard.check("http://93.184.215.14:8080/hook")).isEmpty();
		assertThat(this.guard.check("https://v6.example.com/x")).isEmpty();
	}

	@Test
	void refusesEveryInternalRange() {
		assertThat(reason("http://127.0.0.1/x")).isEqualTo(WebhookGuard.Reason.LOOPBACK);
		assertThat(reason("http://127.8.9.10/x")).isEqualTo(WebhookGuard.Reason.LOOPBACK);
		assertThat(reason("http://[::1]/x")).isEqualTo(WebhookGuard.Reason.LOOPBACK);
		assertThat(reason("http://169.254.169.254/latest/meta-data")).isEqualTo(WebhookGuard.Reason.LINK_LOCAL);
		assertThat(reason("http://[fe80::1]/x")).isEqualTo(WebhookGuard.Reason.LINK_LOCAL);
		assertThat(reason("http://10.0.0.1/x")).isEqualTo(WebhookGuard.Reason.PRIVATE);
		assertThat(reason("http://172.16.5.4/x")).isEqualTo(WebhookGuard.Reason.PRIVATE);
		assertThat(reason("http://192.168.1.1/x")).isEqualTo(WebhookGuard.Reason.PRIVATE);
		assertThat(reason("http://100.64.0.1/x")).isEqualTo(WebhookGuard.Reason.CARRIER_GRADE_NAT);
		assertThat(reason("http://100.127.255.254/x")).isEqualTo(WebhookGuard.Reason.CARRIER_GRADE_NAT);
		assertThat(reason("http://[fd12:3456::1]/x")).isEqualTo(WebhookGuard.Reason.UNIQUE_LOCAL);
		assertThat(reason("http://224.0.0.1/x")).isEqualTo(WebhookGuard.Reason.MULTICAST);
		assertThat(reason("http://0.0.0.0/x")).isEqualTo(WebhookGuard.Reason.ANY_LOCAL);
		assertThat(reason("http://[::]/x")).isEqualTo(WebhookGuard.Reason.ANY_LOCAL);
		assertThat(reason("http://[::ffff:127.0.0.1]/x")).isEqualTo(WebhookGuard.Reason.LOOPBACK);
	}

	@Test
	void resolvesNamesAndJudgesTheirAddresses() {
		assertThat(reason("https://intranet.example.com/hook")).isEqualTo(WebhookGuard.Reason.PRIVATE);
		assertThat(reason("https://rebind.example.com/hook")).isEqualTo(WebhookGuard.Reason.LINK_LOCAL);
		assertThat(reason("https://nowhere.example.com/hook")).isEqualTo(WebhookGuard.Reason.UNRESOLVABLE);
		assertThat(reason("ftp://hooks.example.com/x")).isEqualTo(WebhookGuard.Reason.NOT_HTTP);
		// the edges of the ranges are public
		assertThat(this.guard.check("http://100.63.255.255/x")).isEmpty();
		assertThat(this.guard.check("http://100.128.0.0/x")).isEmpty();
		assertThat(this.guard.check("http://172.32.0.1/x")).isEmpty();
	}

	@Test
	void aSendToARefusedUrlIsAPermanentFailure() {
		assertThatThrownBy(() -> this.guard.verify("http://10.0.0.1/x"))
			.isInstanceOf(WebhookGuard.RejectedException.class)
			.satisfies((ex) -> {
				FailureClassifier.Failure failure = FailureClassifier.classify((Exception) ex);
				assertThat(failure.permanent()).isTrue();
				assertThat(failure.reason()).isEqualTo("SSRF guard: private address 10.0.0.1");
			});
	}

	@Test
	void configurationCanAllowInternalAddresses() {
		WebhookGuard open = new WebhookGuard(true, WebhookGuardTest::resolve);
		assertThat(open.check("http://127.0.0.1:8080/x")).isEmpty();
		assertThat(open.check("https://intranet.example.com/hook")).isEmpty();
		// but not unresolvable hosts or other schemes
		assertThat(open.check("https://nowhere.example.com/hook")).isPresent();
		assertThat(open.check("file:///etc/passwd")).isPresent();
	}

	private WebhookGuard.Reason reason(String url) {
		return this.guard.check(url).orElseThrow(() -> new AssertionError("accepted: " + url)).reason();
	}

	private static InetAddress[] resolve(String host) throws UnknownHostException {
		String address = DNS.get(host);
		if (address != null) {
			return new InetAddress[] { InetAddress.getByName(address) };
		}
		if (host.matches("[0-9.]+") || host.contains(":")) {
			return new InetAddress[] { InetAddress.getByName(host) };
		}
		throw new UnknownHostException(host);
	}

}
