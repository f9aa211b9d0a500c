package io.duijie.notification.benchmark;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.duijie.contracts.CloudEventHeaders;
import io.duijie.contracts.Contact;
import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.DuijieEvent;
import io.duijie.contracts.EnterpriseProfile;
import io.duijie.contracts.EnterpriseProfileSubmitted;
import io.duijie.contracts.EnterpriseSize;
import io.duijie.contracts.EventType;
import io.duijie.contracts.IdentityType;
import io.duijie.contracts.MatchEvent;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchReason;
import io.duijie.contracts.Needs;
import io.duijie.contracts.PartnerType;
import io.duijie.contracts.Region;
import io.duijie.contracts.Stage;
import io.duijie.contracts.Topics;
import io.duijie.notification.NotificationApplication;
import io.duijie.testsupport.TestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * Notifications per second with the delivery ledger on, against the rate at which the
 * service merely consumes the same topic, in one run on one broker and one Redis
 * (test-support: embedded KRaft broker, redis-server process): (1) consume-only: the
 * service's own consumer factory (CloudEvents deserializer with schema validation) reads
 * the topic's match records and does nothing else; (2) webhook: each match notifies one
 * enterprise on WEBHOOK only, to an in-process HTTP sink answering 204; (3) e-mail: each
 * match notifies one enterprise on EMAIL only, to GreenMail over SMTP. Rates run from the
 * first match published to the last notification received by the sink. The service's
 * listener concurrency (3 by default; {@code LISTENER_CONCURRENCY=1} for one thread).
 *
 * <pre>
 * --webhooks 2000 --emails 500
 * </pre>
 */
public final class NotificationsBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private NotificationsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		int webhooks = Integer.parseInt(options.getOrDefault("webhooks", "2000"));
		int emails = Integer.parseInt(options.getOrDefault("emails", "500"));
		TestInfrastructure infrastructure = TestInfrastructure.get();
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()))) {
			admin
				.createTopics(
						List.of(new NewTopic(Topics.MATCHES, 6, (short) 1),
								new NewTopic(Topics.ENTERPRISE_PROFILES, 6, (short) 1)
									.configs(Map.of("cleanup.policy", "compact"))))
				.all()
				.get();
		}
		GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		AtomicLong webhookCalls = new AtomicLong();
		HttpServer sink = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		sink.createContext("/", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			webhookCalls.incrementAndGet();
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		sink.setExecutor(Executors.newFixedThreadPool(2));
		sink.start();
		String url = "http://127.0.0.1:" + sink.getAddress().getPort() + "/sink";

		Map<String, String> properties = new HashMap<>(infrastructure.springProperties());
		properties.put("server.port", "0");
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", String.valueOf(smtp.getSmtp().getPort()));
		properties.put("duijie.notification.delivery.allow-private-webhook-addresses", "true");
		properties.put("logging.level.io.duijie", "WARN");
		String[] appArgs = properties.entrySet()
			.stream()
			.map((e) -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);

		System.out.printf("notifications benchmark: %d webhook, %d e-mail notifications; %d cores, Java %s%n", webhooks,
				emails, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		List<String> webhookEnterprises = ids("wh", webhooks);
		List<String> emailEnterprises = ids("em", emails);
		try (KafkaProducer<String, byte[]> producer = producer(infrastructure);
				ConfigurableApplicationContext context = new SpringApplicationBuilder(NotificationApplication.class)
					.run(appArgs)) {
			StringRedisTemplate redis = context.getBean(StringRedisTemplate.class);
			for (String id : webhookEnterprises) {
				redis.opsForValue()
					.set("duijie:notification:preferences:" + id, "{\"channels\":[\"WEBHOOK\"],\"webhookUrl\":\"" + url
							+ "\",\"locale\":\"zh-CN\",\"custom\":true}");
				send(producer, enterprise(id, null));
			}
			for (String id : emailEnterprises) {
				redis.opsForValue()
					.set("duijie:notification:preferences:" + id,
							"{\"channels\":[\"EMAIL\"],\"locale\":\"zh-CN\",\"custom\":true}");
				send(producer, enterprise(id, id + "@bench.example.com"));
			}
			producer.flush();
			String last = emailEnterprises.get(emailEnterprises.size() - 1);
			while (!Boolean.TRUE.equals(redis.hasKey("duijie:notification:contact:" + last))) {
				Thread.sleep(50);
			}

			double webhookRate = run("webhook", producer, webhookEnterprises, webhookCalls::get);
			double emailRate = run("e-mail", producer, emailEnterprises, () -> smtp.getReceivedMessages().length);
			double consumeRate = consumeOnly(context, webhooks + emails);
			System.out.printf("%nconsume only (same topic, same deserializer): %,.0f records/s%n", consumeRate);
			System.out.printf("webhook with ledger:  %,.0f notifications/s (%.1f%% of consume-only)%n", webhookRate,
					100 * webhookRate / consumeRate);
			System.out.printf("e-mail with ledger:   %,.0f notifications/s (%.1f%% of consume-only)%n", emailRate,
					100 * emailRate / consumeRate);
			System.out.printf("webhook calls %d (expected %d), mails %d (expected %d)%n", webhookCalls.get(), webhooks,
					smtp.getReceivedMessages().length, emails);
		}
		finally {
			sink.stop(0);
			smtp.stop();
		}
		System.exit(0);
	}

	private static double run(String name, KafkaProducer<String, byte[]> producer, List<String> enterprises,
			java.util.function.LongSupplier received) throws Exception {
		long before = received.getAsLong();
		long started = System.nanoTime();
		for (String id : enterprises) {
			send(producer, match(id));
		}
		producer.flush();
		long target = before + enterprises.size();
		while (received.getAsLong() < target) {
			Thread.sleep(5);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		double rate = enterprises.size() / seconds;
		System.out.printf("%s: %d notifications in %.2f s = %,.0f/s%n", name, enterprises.size(), seconds, rate);
		return rate;
	}

	/**
	 * Reads every match record with the service's consumer factory, doing nothing else.
	 */
	private static double consumeOnly(ConfigurableApplicationContext context, int records) {
		@SuppressWarnings("unchecked")
		ConsumerFactory<String, Object> factory = context.getBean(ConsumerFactory.class);
		Properties overrides = new Properties();
		overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		try (Consumer<String, Object> consumer = factory.createConsumer("bench-consume-only", "bench", null,
				overrides)) {
			List<TopicPartition> partitions = new ArrayList<>();
			consumer.partitionsFor(Topics.MATCHES, Duration.ofSeconds(30))
				.forEach((p) -> partitions.add(new TopicPartition(p.topic(), p.partition())));
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			long started = System.nanoTime();
			long read = 0;
			while (read < records) {
				for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(200))) {
					if (record.value() instanceof MatchProposed) {
						read++;
					}
				}
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf("consume only: %d records in %.2f s%n", read, seconds);
			return read / seconds;
		}
	}

	private static KafkaProducer<String, byte[]> producer(TestInfrastructure infrastructure) {
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				infrastructure.kafkaBootstrapServers(), ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(),
				new ByteArraySerializer());
	}

	private static void send(KafkaProducer<String, byte[]> producer, DuijieEvent event) {
		EventType type = EventType.of(event);
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), event.key(),
				JSON.writeValueAsBytes(event));
		header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
		header(record, CloudEventHeaders.ID, event.eventId());
		header(record, CloudEventHeaders.TYPE, type.type());
		header(record, CloudEventHeaders.SOURCE, "/duijie/benchmark");
		header(record, CloudEventHeaders.TIME, event.occurredAt().toString());
		header(record, CloudEventHeaders.SUBJECT, event.key());
		header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.APPLICATION_JSON);
		producer.send(record);
	}

	private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
		record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
	}

	private static EnterpriseProfileSubmitted enterprise(String enterpriseId, String email) {
		EnterpriseProfile profile = new EnterpriseProfile("佛山市南海区华信铝型材有限公司", "Huaxin Aluminium", "91440605MA4UH8K2XW",
				IdentityType.USCC, new Region("440605", "佛山市南海区"), List.of("C3252"), "铝型材挤压与表面处理", Stage.GROWTH,
				List.of("专精特新"), new Needs(20_000L, null, null, List.of(), null, null),
				new Contact("陈志强", "+86 757 8628 8000", email), null, EnterpriseSize.MEDIUM);
		return new EnterpriseProfileSubmitted(UUID.randomUUID().toString(), Instant.now(), enterpriseId, 1, profile);
	}

	private static MatchProposed match(String enterpriseId) {
		String partnerId = "cp-" + enterpriseId;
		return new MatchProposed(UUID.randomUUID().toString(), Instant.now(),
				MatchEvent.matchId(enterpriseId, partnerId), MatchProposed.revision(1, 1), enterpriseId, 1,
				"佛山市南海区华信铝型材有限公司", null, partnerId, PartnerType.COUNTERPART, CounterpartKind.PARK_INDUSTRY, 1,
				"清远高新区新材料产业集群", "清远高新区", 0.87,
				List.of(new MatchReason("industry-code", 0.5, "行业代码 C3252 铝压延加工 与园区主导产业一致",
						"Industry code C3252 (aluminium rolling) fits the park's lead industry"),
						new MatchReason("region", 0.37, "佛山至清远一小时车程，便于产业转移",
								"Foshan is an hour from Qingyuan, easing relocation")));
	}

	private static List<String> ids(String prefix, int count) {
		List<String> ids = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			ids.add(prefix + "-" + i + "-" + UUID.randomUUID().toString().substring(0, 6));
		}
		return ids;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		return options;
	}

}
