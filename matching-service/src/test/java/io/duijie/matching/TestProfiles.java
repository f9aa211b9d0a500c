package io.duijie.matching;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
import io.duijie.contracts.EventType;
import io.duijie.contracts.IdentityType;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchRetracted;
import io.duijie.contracts.Needs;
import io.duijie.contracts.Region;
import io.duijie.contracts.Stage;
import io.duijie.contracts.Topics;
import io.duijie.contracts.EventSchemas;
import io.duijie.testsupport.KafkaProbe;
import io.duijie.testsupport.TestInfrastructure;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
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
				new Contact("园区招商联系人", "13800000999", "park-demo@example.com"));
		return new CounterpartProfileSubmitted(UUID.randomUUID().toString(), Instant.parse("2025-06-18T09:30:00Z"),
				counterpartId, version, profile);
	}

	/** A Foshan enterprise whose description is given. */
	static EnterpriseProfileSubmitted enterprise(String enterpriseId, long version, String name, String description,
			List<String> industryCodes, Region region) {
		EnterpriseProfile profile = new EnterpriseProfile(name, null, "91440605MA4W000001", IdentityType.USCC, region,
				industryCodes, description, Stage.GROWTH, List.of("高新技术企业"), new Needs(null, 5000L, null, List.of()),
				new Contact("示例联系人", "13800000001", "demo@example.com"), "staff-qy-01");
		return new EnterpriseProfileSubmitted(UUID.randomUUID().toString(), Instant.parse("2025-06-18T10:00:00Z"),
				enterpriseId, version, profile);
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

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
