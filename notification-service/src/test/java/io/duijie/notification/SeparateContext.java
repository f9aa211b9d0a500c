package io.duijie.notification;

import java.util.HashMap;
import java.util.Map;

import io.duijie.testsupport.TestInfrastructure;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A notification-service started on its own, beside the cached test context: its own
 * Redis database and consumer group, so that it can be closed and started again without
 * disturbing the other tests.
 */
final class SeparateContext implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private SeparateContext(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static SeparateContext start(int redisDatabase, String groupId, int smtpPort, Map<String, String> extra) {
		TestInfra.consumedTopics();
		Map<String, String> properties = new HashMap<>(TestInfrastructure.get().springProperties());
		properties.put("spring.data.redis.url", TestInfrastructure.get().redisUrl() + "/" + redisDatabase);
		properties.put("spring.data.redis.database", String.valueOf(redisDatabase));
		properties.put("spring.kafka.consumer.group-id", groupId);
		properties.put("server.port", "0");
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", String.valueOf(smtpPort));
		properties.put("duijie.notification.delivery.allow-private-webhook-addresses", "true");
		properties.put("duijie.notification.delivery.retry.initial-interval", "100ms");
		properties.put("duijie.notification.delivery.retry.max-interval", "400ms");
		properties.put("duijie.notification.delivery.retry.poll-interval", "50ms");
		properties.putAll(extra);
		// command-line arguments, not builder properties: those are defaults, which
		// application.yml would override
		String[] args = properties.entrySet()
			.stream()
			.map((e) -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return new SeparateContext(new SpringApplicationBuilder(NotificationApplication.class).run(args));
	}

	StringRedisTemplate redis() {
		return this.context.getBean(StringRedisTemplate.class);
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	double counter(String name, String... tags) {
		Counter counter = this.context.getBean(MeterRegistry.class).find(name).tags(tags).counter();
		return (counter != null) ? counter.count() : 0;
	}

	int port() {
		return Integer.parseInt(this.context.getEnvironment().getProperty("local.server.port", "0"));
	}

	@Override
	public void close() {
		this.context.close();
	}

}
