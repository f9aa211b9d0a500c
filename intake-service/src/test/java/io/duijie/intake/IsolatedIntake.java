package io.duijie.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.duijie.testsupport.TestInfrastructure;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An intake-service of its own beside the cached test context: its own Redis database and
 * consumer group, on a random port. The rebuild tests empty its database, start one and
 * compare its answers with the cached context's.
 */
public final class IsolatedIntake {

	private IsolatedIntake() {
	}

	/** The URL of one database of the test Redis. */
	public static String redisUrl(int database) {
		return TestInfrastructure.get().redisUrl() + "/" + database;
	}

	/**
	 * Starts an intake-service on a database of the test Redis.
	 * @param database the Redis database
	 * @param group the prefix of its consumer group (a random suffix is added)
	 */
	public static ConfigurableApplicationContext start(int database, String group) {
		Map<String, String> properties = new LinkedHashMap<>(TestInfrastructure.get().springProperties());
		properties.put("server.port", "0");
		// the database is taken from the URL when one is set; spring.data.redis.database
		// alone is ignored
		properties.put("spring.data.redis.url", redisUrl(database));
		properties.put("spring.data.redis.database", String.valueOf(database));
		properties.put("spring.kafka.consumer.group-id", group + "-" + UUID.randomUUID());
		// command-line arguments (each once), so that they win over application.yml;
		// builder properties would not
		String[] args = properties.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(IntakeApplication.class).run(args);
	}

	/** The port a started intake-service listens on. */
	public static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
	}

	/** Empties a database of the test Redis. */
	public static void flush(int database) {
		RedisClient client = RedisClient.create(redisUrl(database));
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			connection.sync().flushdb();
			assertThat(connection.sync().dbsize()).isZero();
		}
		finally {
			client.shutdown();
		}
	}

	/** The intake keys of a database of the test Redis. */
	public static List<String> keys(int database) {
		RedisClient client = RedisClient.create(redisUrl(database));
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			return connection.sync().keys("duijie:intake:*");
		}
		finally {
			client.shutdown();
		}
	}

}
