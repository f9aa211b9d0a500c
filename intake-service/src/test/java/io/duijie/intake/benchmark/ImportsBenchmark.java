package io.duijie.intake.benchmark;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.duijie.contracts.Topics;
import io.duijie.intake.IntakeApplication;
import io.duijie.intake.reference.CreditCodes;
import io.duijie.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bulk import benchmark (issue 6): a generated .xlsx of N enterprises (default 10,000)
 * uploaded to a running intake-service and timed from the upload to DONE; then, on the
 * same broker in the same run, the same N records (read back from
 * {@code enterprise-profiles}, bytes and headers) sent straight to a scratch topic by a
 * plain idempotent {@code acks=all} producer, all at once, timed to the last ack. Not a
 * test: run by {@code benchmarks/imports.sh}.
 */
public final class ImportsBenchmark {

	private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final Pattern STATUS = Pattern.compile("\"status\":\"(\\w+)\"");

	private ImportsBenchmark() {
	}

	public static void main(String[] args) {
		try {
			run(args);
		}
		catch (Throwable ex) {
			// the embedded broker's threads would keep the JVM alive after a failure
			ex.printStackTrace();
			System.exit(1);
		}
	}

	private static void run(String[] args) throws Exception {
		int rows = (args.length > 1 && args[0].equals("--rows")) ? Integer.parseInt(args[1]) : 10_000;
		TestInfrastructure infrastructure = TestInfrastructure.get();
		Map<String, String> properties = new HashMap<>(infrastructure.springProperties());
		properties.put("server.port", "0");
		properties.put("logging.level.io.duijie", "WARN");
		properties.put("logging.level.org.apache.kafka", "WARN");
		String[] appArgs = properties.entrySet()
			.stream()
			.map((e) -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		System.out.printf("imports benchmark: %d rows; %d cores, Java %s, load average %.2f%n", rows,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

		List<String> codes = new ArrayList<>();
		byte[] file = workbook(rows, codes);
		System.out.printf("file: %d bytes .xlsx%n", file.length);
		Set<String> ids = new HashSet<>();
		for (String code : codes) {
			ids.add(UUID.nameUUIDFromBytes(("enterprise:USCC:" + code).getBytes(StandardCharsets.UTF_8)).toString());
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IntakeApplication.class)
			.run(appArgs)) {
			int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
			HttpClient http = HttpClient.newHttpClient();
			long start = System.nanoTime();
			HttpResponse<String> accepted = upload(http, port, file);
			long acceptedAt = System.nanoTime();
			if (accepted.statusCode() != 202) {
				throw new IllegalStateException("upload answered " + accepted.statusCode() + ": " + accepted.body());
			}
			String location = accepted.headers().firstValue("Location").orElseThrow();
			String job;
			while (true) {
				job = http
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + location)).build(),
							HttpResponse.BodyHandlers.ofString())
					.body();
				Matcher status = STATUS.matcher(job);
				if (status.find() && (status.group(1).equals("DONE") || status.group(1).equals("FAILED"))) {
					break;
				}
				Thread.sleep(50);
			}
			long done = System.nanoTime();
			double seconds = (done - start) / 1e9;
			System.out.printf("import: upload answered 202 after %.2f s; DONE after %.2f s: %.0f rows/s%n",
					(acceptedAt - start) / 1e9, seconds, rows / seconds);
			System.out.println("job: " + job.replaceAll(",\"errors\":\\[.*]", ",\"errors\":[...]"));

			List<ConsumerRecord<String, byte[]>> records = readBack(infrastructure, ids);
			try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
					Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
							ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
					new StringSerializer(), new ByteArraySerializer())) {
				producer.partitionsFor("bench-imports-baseline");
				long sendStart = System.nanoTime();
				List<Future<RecordMetadata>> acks = new ArrayList<>();
				for (ConsumerRecord<String, byte[]> record : records) {
					acks.add(producer.send(new ProducerRecord<>("bench-imports-baseline", null, record.key(),
							record.value(), record.headers())));
				}
				for (Future<RecordMetadata> ack : acks) {
					ack.get();
				}
				double sendSeconds = (System.nanoTime() - sendStart) / 1e9;
				System.out.printf("plain producer, same %d records, same broker: %.2f s: %.0f records/s%n",
						records.size(), sendSeconds, records.size() / sendSeconds);
			}
		}
		System.exit(0);
	}

	private static byte[] workbook(int rows, List<String> codes) throws Exception {
		String[] headers = { "企业名称", "统一社会信用代码", "所在地区", "主营业务", "联系人", "联系电话", "邮箱", "需求厂房面积(㎡)", "企业标签" };
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			Row header = sheet.createRow(0);
			for (int c = 0; c < headers.length; c++) {
				header.createCell(c).setCellValue(headers[c]);
			}
			for (int i = 1; i <= rows; i++) {
				String code = creditCode();
				codes.add(code);
				Row row = sheet.createRow(i);
				String[] values = { "示例·基准" + code + "有限公司", code, "深圳", "示例主营业务：储能电池包与电池管理系统。", "示例联系人", "13800000001",
						"bench" + i + "@example.com" };
				for (int c = 0; c < values.length; c++) {
					row.createCell(c).setCellValue(values[c]);
				}
				row.createCell(7).setCellValue(1000 + i);
				row.createCell(8).setCellValue("高新技术企业、专精特新");
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static String creditCode() {
		StringBuilder code = new StringBuilder("91440300");
		for (int i = 0; i < 9; i++) {
			code.append(CHARSET.charAt(ThreadLocalRandom.current().nextInt(CHARSET.length())));
		}
		return code.append(CreditCodes.checkCharacter(code.toString())).toString();
	}

	private static HttpResponse<String> upload(HttpClient http, int port, byte[] file) throws Exception {
		String boundary = "----bench" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.xlsx\""
				+ "\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports?kind=enterprise"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static List<ConsumerRecord<String, byte[]>> readBack(TestInfrastructure infrastructure, Set<String> ids) {
		List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
						ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(Topics.ENTERPRISE_PROFILES));
			long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
			while (records.size() < ids.size() && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					if (ids.contains(record.key())) {
						records.add(record);
					}
				}
			}
		}
		return records;
	}

}
