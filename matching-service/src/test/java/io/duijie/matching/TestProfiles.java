package io.duijie.matching;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import io.duijie.contracts.CloudEventHeaders;
import io.duijie.contracts.Contact;
import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.CounterpartProfile;
import io.duijie.contracts.CounterpartProfileSubmitted;
import io.duijie.contracts.DuijieEvent;
import io.duijie.contracts.EnterpriseProfile;
import io.duijie.contracts.EnterpriseProfileSubmitted;
import io.duijie.contracts.EnterpriseSize;
import io.duijie.contracts.EventType;
import io.duijie.contracts.IdentityType;
import io.duijie.contracts.InvestorProfile;
import io.duijie.contracts.InvestorProfileSubmitted;
import io.duijie.contracts.MatchAccepted;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchRetracted;
import io.duijie.contracts.Needs;
import io.duijie.contracts.Region;
import io.duijie.contracts.Space;
import io.duijie.contracts.Stage;
import io.duijie.contracts.Topics;
import io.duijie.contracts.EventSchemas;
import io.duijie.testsupport.KafkaProbe;
import io.duijie.testsupport.TestInfrastructure;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the integration tests play of intake-service: the compacted profile topics,
 * profiles and CloudEvents records sent from outside the service (raw bytes and
 * {@code ce_*} headers through {@link KafkaProbe}), and reading what matching-service
 * wrote on {@code matches}.
 */
final class TestProfiles {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private TestProfiles() {
	}

	/**
	 * Declares the three compacted profile topics as intake-service does (6 partitions,
	 * compacted).
	 */
	static void createProfileTopics() {
		Properties config = new Properties();
		config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers());
		try (AdminClient admin = AdminClient.create(config)) {
			for (String topic : Topics.PROFILE_TOPICS) {
				NewTopic newTopic = new NewTopic(topic, 6, (short) 1)
					.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
				try {
					admin.createTopics(List.of(newTopic)).all().get();
				}
				catch (ExecutionException ex) {
					if (!(ex.getCause() instanceof TopicExistsException)) {
						throw new IllegalStateException(ex);
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
			}
		}
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** 清远高新区's 新材料 cluster, as in seeds/counterparts.json (shortened). */
	static CounterpartProfileSubmitted newMaterialsCluster(String counterpartId, long version) {
		CounterpartProfile profile = new CounterpartProfile(CounterpartKind.PARK_INDUSTRY, "新材料", "New materials",
				"清远高新区", new Region("441800", "清远市"), "以铝型材、铝合金及其深加工为基础，向高性能结构材料、高分子与复合材料延伸。",
				List.of("3240", "3252", "3216"), List.of("铝型材", "铝合金", "高性能结构材料", "阳极氧化", "再生铝"), List.of(), null,
				new Contact("园区招商联系人", "13800000999", "park-demo@example.com"), List.of());
		return new CounterpartProfileSubmitted(UUID.randomUUID().toString(), Instant.parse("2025-06-18T09:30:00Z"),
				counterpartId, version, profile);
	}

	/** A Foshan enterprise whose description is given. */
	static EnterpriseProfileSubmitted enterprise(String enterpriseId, long version, String name, String description,
			List<String> industryCodes, Region region) {
		return enterprise(enterpriseId, version, name, description, industryCodes, region,
				new Needs(null, 5000L, null, List.of(), null, null));
	}

	/** An enterprise with the given needs. */
	static EnterpriseProfileSubmitted enterprise(String enterpriseId, long version, String name, String description,
			List<String> industryCodes, Region region, Needs needs) {
		EnterpriseProfile profile = new EnterpriseProfile(name, null, "91440605MA4W000001", IdentityType.USCC, region,
				industryCodes, description, Stage.GROWTH, List.of("高新技术企业"), needs,
				new Contact("示例联系人", "13800000001", "demo@example.com"), "staff-qy-01", EnterpriseSize.MEDIUM);
		return new EnterpriseProfileSubmitted(UUID.randomUUID().toString(), Instant.parse("2025-06-18T10:00:00Z"),
				enterpriseId, version, profile);
	}

	/** A counterpart of 清远高新区. */
	static CounterpartProfileSubmitted counterpart(String counterpartId, long version, CounterpartKind kind,
			String name, List<String> industryCodes, List<String> keywords, List<String> researchAreas,
			@Nullable Space space) {
		CounterpartProfile profile = new CounterpartProfile(kind, name, null, "清远高新区", new Region("441800", "清远市"),
				"示例载体。", industryCodes, keywords, researchAreas, space, null, List.of());
		return new CounterpartProfileSubmitted(UUID.randomUUID().toString(), Instant.now(), counterpartId, version,
				profile);
	}

	/** A fund investing in Guangdong and Hunan. */
	static InvestorProfileSubmitted investor(String investorId, long version, String name, List<String> sectors,
			List<String> industryCodes) {
		InvestorProfile profile = new InvestorProfile(name, null, sectors, industryCodes,
				List.of(Stage.STARTUP, Stage.GROWTH), 1_000_000L, 50_000_000L, List.of("440000", "430000"), "示例基金。",
				null, "staff-qy-01");
		return new InvestorProfileSubmitted(UUID.randomUUID().toString(), Instant.now(), investorId, version, profile);
	}

	static Needs needs(@Nullable Long factoryAreaM2, @Nullable Long fundingCny, String... rdTopics) {
		return new Needs(null, factoryAreaM2, fundingCny, List.of(rdTopics), null, null);
	}

	static Region shenzhen() {
		return new Region("440300", "深圳市");
	}

	static Region changsha() {
		return new Region("430100", "长沙市");
	}

	static Region foshan() {
		return new Region("440600", "佛山市");
	}

	/** Sends an event as a CloudEvents binary-mode record, as intake-service would. */
	static void send(DuijieEvent event) {
		EventType type = EventType.of(event);
		KafkaProbe.send(type.topic(), event.key(), headers(type.type(), event.eventId(), event.key()),
				JSON.writeValueAsBytes(event));
	}

	static void tombstone(String topic, String key) {
		KafkaProbe.send(topic, key, Map.of(), null);
	}

	static Map<String, String> headers(String ceType, String id, String subject) {
		Map<String, String> headers = new HashMap<>();
		headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
		headers.put(CloudEventHeaders.ID, id);
		headers.put(CloudEventHeaders.TYPE, ceType);
		headers.put(CloudEventHeaders.SOURCE, "/duijie/intake-service");
		headers.put(CloudEventHeaders.TIME, "2025-06-18T10:00:00Z");
		headers.put(CloudEventHeaders.SUBJECT, subject);
		headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.APPLICATION_JSON);
		return headers;
	}

	static String ceType(ConsumerRecord<String, byte[]> record) {
		String type = KafkaProbe.header(record, CloudEventHeaders.TYPE);
		return (type != null) ? type : "";
	}

	static boolean isProposed(ConsumerRecord<String, byte[]> record) {
		return EventType.MATCH_PROPOSED.type().equals(ceType(record));
	}

	static boolean isRetracted(ConsumerRecord<String, byte[]> record) {
		return EventType.MATCH_RETRACTED.type().equals(ceType(record));
	}

	/**
	 * Validates a record matching-service wrote against the schema of its ce_type, then
	 * reads it.
	 */
	static MatchProposed proposed(ConsumerRecord<String, byte[]> record) {
		EventSchemas.assertValid(ceType(record), record.value());
		return JSON.readValue(record.value(), MatchProposed.class);
	}

	static MatchRetracted retracted(ConsumerRecord<String, byte[]> record) {
		EventSchemas.assertValid(ceType(record), record.value());
		return JSON.readValue(record.value(), MatchRetracted.class);
	}

	static MatchAccepted accepted(ConsumerRecord<String, byte[]> record) {
		EventSchemas.assertValid(ceType(record), record.value());
		return JSON.readValue(record.value(), MatchAccepted.class);
	}

	/**
	 * The records of one key that one service instance (by its CloudEvents source) wrote.
	 */
	static List<ConsumerRecord<String, byte[]>> of(List<ConsumerRecord<String, byte[]>> records, String key,
			String source) {
		return records.stream()
			.filter((r) -> key.equals(r.key()) && source.equals(KafkaProbe.header(r, CloudEventHeaders.SOURCE)))
			.toList();
	}

	/** The MatchProposed records of one match that one service instance wrote. */
	static List<MatchProposed> proposals(List<ConsumerRecord<String, byte[]>> records, String matchId, String source) {
		return of(records, matchId, source).stream()
			.filter(TestProfiles::isProposed)
			.map(TestProfiles::proposed)
			.toList();
	}

	/** The MatchRetracted records of one match that one service instance wrote. */
	static List<MatchRetracted> retractions(List<ConsumerRecord<String, byte[]>> records, String matchId,
			String source) {
		return of(records, matchId, source).stream()
			.filter(TestProfiles::isRetracted)
			.map(TestProfiles::retracted)
			.toList();
	}

	/**
	 * Every record of a topic up to its end offsets now. With {@link KafkaProbe} waiting
	 * for a record first, this shows what else is there, e.g. that no other record was
	 * published before it.
	 */
	static List<ConsumerRecord<String, byte[]>> readToEnd(String topic) {
		List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic)
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			while (partitions.stream().anyMatch((p) -> consumer.position(p) < end.get(p))) {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
		}
		return records;
	}

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
