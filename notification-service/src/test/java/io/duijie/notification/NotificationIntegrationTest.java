package io.duijie.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one cached application context of the integration tests: the real broker and Redis
 * of test-support, GreenMail as the SMTP server, an HTTP port. Subclasses share it, so
 * they use unique ids.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "spring.mail.host=127.0.0.1",
		"duijie.notification.webhook-secret=" + NotificationIntegrationTest.SECRET,
		"duijie.kafka.retry-initial-interval=200ms", "duijie.kafka.retry-max-interval=1s",
		// the webhook receivers of the tests listen on loopback
		"duijie.notification.delivery.allow-private-webhook-addresses=true",
		"duijie.notification.delivery.retry.initial-interval=100ms",
		"duijie.notification.delivery.retry.max-interval=400ms",
		"duijie.notification.delivery.retry.poll-interval=50ms", "duijie.notification.held-back-poll-interval=200ms" })
@Import(NotificationIntegrationTest.TestClockConfiguration.class)
abstract class NotificationIntegrationTest {

	/** The service's clock, which quiet-hours and digest tests move forward. */
	@TestConfiguration(proxyBeanMethods = false)
	static class TestClockConfiguration {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

	/** A Standard Webhooks secret: {@code whsec_} + base64 of 24 bytes. */
	static final String SECRET = "whsec_dGVzdC13ZWJob29rLXNlY3JldC0yNGJ5dGVz";

	static final String MAIL_FROM = "duijie@localhost";

	static final Duration WAIT = Duration.ofSeconds(60);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	MeterRegistry meters;

	@Autowired
	TestClock clock;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfra.consumedTopics();
		registry.add("spring.mail.port", TestInfra::smtpPort);
	}

	HttpResponse<String> get(String path, String acceptLanguage) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", acceptLanguage).GET());
	}

	HttpResponse<String> put(String path, String json, String acceptLanguage) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Accept-Language", acceptLanguage)
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	HttpResponse<String> post(String path, String acceptLanguage) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Accept-Language", acceptLanguage)
			.POST(HttpRequest.BodyPublishers.noBody()));
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	HttpResponse<String> post(String path) {
		return post(path, "zh-CN");
	}

	/** Sets a recipient's preferences through the API; fails unless they are accepted. */
	void preferences(String recipientId, String json) {
		HttpResponse<String> response = put("/api/recipients/" + recipientId + "/preferences", json, "en");
		if (response.statusCode() != 200) {
			throw new AssertionError("PUT preferences answered " + response.statusCode() + ": " + response.body());
		}
	}

	/** The recipient's inbox through the API, newest first. */
	List<JsonNode> inbox(String recipientId) {
		HttpResponse<String> response = get("/api/inbox/" + recipientId, "zh-CN");
		if (response.statusCode() != 200) {
			throw new AssertionError("GET inbox answered " + response.statusCode() + ": " + response.body());
		}
		List<JsonNode> items = new ArrayList<>();
		TestEvents.JSON.readTree(response.body()).forEach(items::add);
		return items;
	}

	double deliveries(String channel, String outcome) {
		Counter counter = this.meters.find("duijie.notification.deliveries")
			.tags("channel", channel, "outcome", outcome)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
