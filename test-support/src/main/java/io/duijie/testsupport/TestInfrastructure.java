package io.duijie.testsupport;

import java.util.Map;

import com.redis.testcontainers.RedisContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The Kafka broker and the Redis server of this test JVM, started once on first use and
 * stopped with the JVM. Testcontainers ({@code apache/kafka-native}, {@code redis}) when
 * a Docker engine answers; otherwise an embedded KRaft broker (spring-kafka-test) and a
 * {@code redis-server} process on a free port. Set
 * {@code -Dduijie.test.infrastructure=embedded} or {@code =docker} to choose. Tests never
 * need to know which: Spring tests get the connection properties automatically (see
 * {@link InfrastructureContextCustomizerFactory}).
 */
public final class TestInfrastructure {

	private static final Logger logger = LoggerFactory.getLogger(TestInfrastructure.class);

	private static volatile TestInfrastructure instance;

	private final String kafkaBootstrapServers;

	private final String redisUrl;

	private final String kind;

	private TestInfrastructure(String kind, String kafkaBootstrapServers, String redisUrl) {
		this.kind = kind;
		this.kafkaBootstrapServers = kafkaBootstrapServers;
		this.redisUrl = redisUrl;
	}

	public static TestInfrastructure get() {
		TestInfrastructure current = instance;
		if (current == null) {
			synchronized (TestInfrastructure.class) {
				current = instance;
				if (current == null) {
					current = start();
					instance = current;
				}
			}
		}
		return current;
	}

	private static TestInfrastructure start() {
		String choice = System.getProperty("duijie.test.infrastructure", "auto");
		boolean docker = switch (choice) {
			case "docker" -> true;
			case "embedded" -> false;
			default -> dockerAnswers();
		};
		TestInfrastructure infrastructure = docker ? startContainers() : startEmbedded();
		logger.info("Test infrastructure ({}): Kafka {} Redis {}", infrastructure.kind,
				infrastructure.kafkaBootstrapServers, infrastructure.redisUrl);
		return infrastructure;
	}

	private static boolean dockerAnswers() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static TestInfrastructure startContainers() {
		KafkaContainer kafka = new KafkaContainer(DockerImageName.parse("apache/kafka-native:4.1.1"));
		RedisContainer redis = new RedisContainer(DockerImageName.parse("redis:7-alpine"));
		kafka.start();
		redis.start();
		return new TestInfrastructure("Testcontainers", kafka.getBootstrapServers(), redis.getRedisURI());
	}

	private static TestInfrastructure startEmbedded() {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 6);
		broker.afterPropertiesSet();
		Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "embedded-kafka-stop"));
		RedisServerProcess redis = RedisServerProcess.start();
		return new TestInfrastructure("embedded KRaft broker and redis-server process", broker.getBrokersAsString(),
				"redis://127.0.0.1:" + redis.port());
	}

	public String kafkaBootstrapServers() {
		return this.kafkaBootstrapServers;
	}

	public String redisUrl() {
		return this.redisUrl;
	}

	/** The Spring Boot properties that point a service at this infrastructure. */
	public Map<String, String> springProperties() {
		return Map.of("spring.kafka.bootstrap-servers", this.kafkaBootstrapServers, "spring.data.redis.url",
				this.redisUrl);
	}

	/** The environment variables that point a service process at this infrastructure. */
	public Map<String, String> environment() {
		return Map.of("KAFKA_BOOTSTRAP_SERVERS", this.kafkaBootstrapServers, "REDIS_URL", this.redisUrl);
	}

}
