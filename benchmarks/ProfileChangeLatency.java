import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Profile change → match event latency against a running system ({@code ./run.sh --detach}): the time from a
 * profile record on its topic to the {@code MatchProposed} that reflects it on {@code matches}, both taken from the
 * brokers' record timestamps (producer create time, same machine). Two kinds of change:
 * <ul>
 * <li>enterprise: a new version of a demo enterprise (its description reworded) until the MatchProposed carrying
 * that enterprise version;</li>
 * <li>cluster: a new version of 清远高新区's 新材料 cluster (a keyword added) until the last MatchProposed carrying
 * that partner version (every matched enterprise is re-ranked).</li>
 * </ul>
 * Run with Kafka's client jars: {@code java -cp 'kafka-launcher/target/lib/*' benchmarks/ProfileChangeLatency.java
 * [changes]}. Prints p50/p95/p99/max per kind.
 */
public class ProfileChangeLatency {

	static final String INTAKE = "http://localhost:8081";

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	public static void main(String[] args) throws Exception {
		int changes = (args.length > 0) ? Integer.parseInt(args[0]) : 100;
		try (KafkaConsumer<String, String> profiles = consumer("enterprise-profiles", "counterpart-profiles");
				KafkaConsumer<String, String> matches = consumer("matches")) {
			List<Long> enterprise = new ArrayList<>();
			List<Long> cluster = new ArrayList<>();
			for (int i = 0; i < changes; i++) {
				enterprise.add(change(profiles, matches, enterpriseBody(i), "/api/enterprises", "enterpriseVersion"));
				cluster.add(change(profiles, matches, clusterBody(i), "/api/counterparts", "partnerVersion"));
			}
			report("enterprise change → its MatchProposed", enterprise);
			report("cluster change → its first MatchProposed", cluster);
		}
	}

	/** Posts a change, then waits for its profile record and a MatchProposed with the new version. */
	static long change(KafkaConsumer<String, String> profiles, KafkaConsumer<String, String> matches, String body,
			String path, String versionField) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(INTAKE + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 202) {
			throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
		}
		String id = response.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
		long profileTime = -1;
		long version = -1;
		long deadline = System.currentTimeMillis() + 30_000;
		while (profileTime < 0 && System.currentTimeMillis() < deadline) {
			for (ConsumerRecord<String, String> record : profiles.poll(Duration.ofMillis(20))) {
				if (id.equals(record.key()) && record.value() != null) {
					profileTime = record.timestamp();
					version = number(record.value(), "version");
				}
			}
		}
		while (System.currentTimeMillis() < deadline) {
			for (ConsumerRecord<String, String> record : matches.poll(Duration.ofMillis(20))) {
				String value = record.value();
				if (value != null && value.contains(id) && number(value, versionField) == version) {
					return record.timestamp() - profileTime;
				}
			}
		}
		throw new IllegalStateException("No match event for " + id + " v" + version + " within 30 s");
	}

	static String enterpriseBody(int i) {
		String[] products = { "建筑铝型材", "工业铝型材", "轨道交通铝合金型材", "新能源汽车电池托盘型材" };
		return """
				{"name": "基准·佛山变更铝业有限公司", "creditCode": "91440604MA4UE2E1XE", "region": "佛山",
				 "industryCodes": ["3252"], "description": "主营%s的熔铸、挤压与表面处理（第 %d 次修改）",
				 "stage": "GROWTH", "tags": ["高新技术企业"], "needs": {"factoryAreaM2": 3000, "fundingCny": 20000000},
				 "contact": {"name": "基准联系人", "phone": "13800000999", "email": "bench@example.com"}}
				""".formatted(products[i % products.length], i);
	}

	static String clusterBody(int i) {
		return """
				{"kind": "PARK_INDUSTRY", "name": "基准新材料", "parkName": "清远高新区", "region": "441800",
				 "description": "基准用产业集群（第 %d 次修改）", "industryCodes": ["3252", "3240"],
				 "keywords": ["铝型材", "铝合金", "挤压", "关键词%d"]}
				""".formatted(i, i);
	}

	static long number(String json, String field) {
		Matcher matcher = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
		return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
	}

	static KafkaConsumer<String, String> consumer(String... topics) {
		Properties properties = new Properties();
		properties.put("bootstrap.servers", System.getProperty("bootstrap", "localhost:9092"));
		properties.put("group.id", "latency-" + UUID.randomUUID());
		properties.put("auto.offset.reset", "latest");
		properties.put("key.deserializer", StringDeserializer.class.getName());
		properties.put("value.deserializer", StringDeserializer.class.getName());
		KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties);
		consumer.subscribe(List.of(topics));
		while (consumer.assignment().isEmpty()) {
			consumer.poll(Duration.ofMillis(100));
		}
		consumer.seekToEnd(consumer.assignment());
		consumer.assignment().forEach(consumer::position);
		return consumer;
	}

	static void report(String what, List<Long> millis) {
		List<Long> sorted = new ArrayList<>(millis);
		Collections.sort(sorted);
		System.out.printf(Locale.ROOT, "%-42s n=%d  p50 %d ms  p95 %d ms  p99 %d ms  max %d ms%n", what, sorted.size(),
				at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.get(sorted.size() - 1));
	}

	static long at(List<Long> sorted, double quantile) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
	}

}
