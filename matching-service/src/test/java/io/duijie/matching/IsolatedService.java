package io.duijie.matching;

import java.util.ArrayList;
import java.util.List;

import io.duijie.testsupport.TestInfrastructure;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A matching-service of its own, next to the cached test context: its own Redis database,
 * consumer group and CloudEvents source (so that its records on {@code matches} can be
 * told apart), and settings of its own. Tests that need other settings, or a restart with
 * a wiped Redis, run one of these.
 */
final class IsolatedService implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final String source;

	private IsolatedService(ConfigurableApplicationContext context, String source) {
		this.context = context;
		this.source = source;
	}

	/**
	 * Starts a matching-service on a random port.
	 * @param database the Redis database
	 * @param group the consumer group
	 * @param source the CloudEvents source of what it publishes
	 * @param settings further {@code --name=value} arguments
	 */
	static IsolatedService start(int database, String group, String source, String... settings) {
		TestInfrastructure infrastructure = TestInfrastructure.get();
		List<String> args = new ArrayList<>(
				List.of("--server.port=0", "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
						// the database is taken from the URL when one is set;
						// spring.data.redis.database alone is ignored
						"--spring.data.redis.url=" + infrastructure.redisUrl() + "/" + database,
						"--spring.data.redis.database=" + database, "--spring.kafka.consumer.group-id=" + group,
						"--duijie.source=" + source));
		args.addAll(List.of(settings));
		// command-line arguments: they take precedence over application.yml (builder
		// properties would not)
		ConfigurableApplicationContext context = new SpringApplicationBuilder(MatchingApplication.class)
			.run(args.toArray(String[]::new));
		return new IsolatedService(context, source);
	}

	/** Empties a Redis database; returns how many keys it held. */
	static long flush(int database) {
		try (RedisClient client = RedisClient.create(TestInfrastructure.get().redisUrl() + "/" + database);
				StatefulRedisConnection<String, String> redis = client.connect()) {
			long keys = redis.sync().dbsize();
			redis.sync().flushdb();
			return keys;
		}
	}

	String source() {
		return this.source;
	}

	MatchesApi api() {
		return new MatchesApi(((WebServerApplicationContext) this.context).getWebServer().getPort());
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
