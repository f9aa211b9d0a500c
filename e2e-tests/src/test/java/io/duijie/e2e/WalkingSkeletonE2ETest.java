package io.duijie.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.duijie.contracts.CloudEventHeaders;
import io.duijie.contracts.Topics;
import io.duijie.contracts.EventSchemas;
import io.duijie.testsupport.KafkaProbe;
import io.duijie.testsupport.TestInfrastructure;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walking skeleton across the three services, each its own process, on one real Kafka
 * broker, one real Redis and a real SMTP server (GreenMail): seeds loaded through the
 * public API as run.sh does, then an aluminium-profile maker from Foshan is submitted and
 * must be matched with 清远高新区's 新材料 cluster, alerted in its inbox and by mail; every
 * record on every topic is a CloudEvent whose payload validates against its shipped
 * schema.
 */
class WalkingSkeletonE2ETest {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static final List<ServiceProcess> services = new ArrayList<>();

	private static GreenMail smtp;

	private static ServiceProcess intake;

	private static ServiceProcess matching;

	private static ServiceProcess notification;

	@BeforeAll
	static void startDuijie() throws IOException {
		TestInfrastructure infrastructure = TestInfrastructure.get();
		smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		Map<String, String> environment = new HashMap<>(infrastructure.environment());
		environment.put("SMTP_HOST", "127.0.0.1");
		environment.put("SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()));
		intake = start("intake-service", environment);
		matching = start("matching-service", environment);
		notification = start("notification-service", environment);
		services.forEach(ServiceProcess::awaitHealthy);
		loadSeeds("counterparts.json", "/api/counterparts");
		loadSeeds("investors.json", "/api/investors");
	}

	@AfterAll
	static void stopDuijie() {
		services.forEach(ServiceProcess::close);
		if (smtp != null) {
			smtp.stop();
		}
	}

	@Test
	void anAluminiumProfileMakerIsMatchedWithTheNewMaterialsClusterAndAlerted() throws Exception {
		String enterprise = """
				{"name": "示例佛山铝型材科技有限公司", "nameEn": "Demo Foshan Aluminium Profiles Co., Ltd.",
				 "creditCode": "91440604MA4UE2E1XE", "region": "佛山",
				 "description": "主营建筑及工业铝型材的研发、挤压与表面处理，产品包括铝合金门窗型材和新能源汽车电池托盘。",
				 "stage": "GROWTH", "tags": ["高新技术企业"],
				 "needs": {"factoryAreaM2": 8000, "fundingCny": 20000000, "rdTopics": ["高性能铝合金"]},
				 "contact": {"name": "李经理", "phone": "13800000000", "email": "li@aluminium.example.com"},
				 "ownerStaffId": "staff-qy-01"}
				""";
		HttpResponse<String> accepted = post(intake.url("/api/enterprises"), enterprise);
		assertThat(accepted.statusCode()).isEqualTo(202);
		assertThat(accepted.headers().firstValue("Location")).isPresent();
		String enterpriseId = json.readTree(accepted.body()).get("id").asString();

		JsonNode match = Awaitility.await("a match with 清远高新区's 新材料 cluster")
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> newMaterialsMatch(enterpriseId), (found) -> found != null);
		assertThat(match.get("score").asDouble()).isBetween(0.0, 1.0);
		assertThat(match.get("reasons").size()).isPositive();
		assertThat(match.get("reasons").get(0).get("zh").asString()).isNotBlank();
		assertThat(match.get("reasons").get(0).get("en").asString()).isNotBlank();

		String matchId = match.get("matchId").asString();
		JsonNode alert = Awaitility.await("the enterprise's inbox shows the alert")
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> inboxItem(enterpriseId, matchId), (found) -> found != null);
		assertThat(alert.get("partnerName").asString()).isEqualTo("新材料");
		assertThat(alert.get("title").get("zh").asString()).contains("新材料");

		Awaitility.await("the mail about the 新材料 match")
			.atMost(Duration.ofSeconds(60))
			.until(() -> mailsTo("li@aluminium.example.com").stream().anyMatch((mail) -> text(mail).contains("新材料")));

		assertEveryRecordIsAValidCloudEvent(Topics.ENTERPRISE_PROFILES, enterpriseId);
		assertEveryRecordIsAValidCloudEvent(Topics.MATCHES, matchId);
		assertEveryRecordIsAValidCloudEvent(Topics.NOTIFICATION_DELIVERIES, enterpriseId);
		assertEveryRecordIsAValidCloudEvent(Topics.COUNTERPART_PROFILES, match.get("partnerId").asString());
	}

	@Test
	void aMatchBothSidesAcceptBecomesAFairMeetingAndAnInvitationWithItsCalendar() throws Exception {
		String enterprise = """
				{"name": "示例江门铝材新材料有限公司", "nameEn": "Demo Jiangmen Aluminium Materials Co., Ltd.",
				 "creditCode": "91440703MA52E2E2XU", "region": "江门",
				 "description": "主营工业铝型材挤压、铝合金精密加工与阳极氧化表面处理，产品用于光伏边框和新能源汽车电池托盘。",
				 "stage": "GROWTH", "tags": ["高新技术企业"],
				 "needs": {"factoryAreaM2": 6000},
				 "contact": {"name": "陈经理", "phone": "13900000000", "email": "chen@jiangmen-alu.example.com"},
				 "ownerStaffId": "staff-qy-02"}
				""";
		HttpResponse<String> accepted = post(intake.url("/api/enterprises"), enterprise);
		assertThat(accepted.statusCode()).isEqualTo(202);
		String enterpriseId = json.readTree(accepted.body()).get("id").asString();
		JsonNode match = Awaitility.await("a match with 清远高新区's 新材料 cluster")
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> newMaterialsMatch(enterpriseId), (found) -> found != null);
		String matchId = match.get("matchId").asString();
		String clusterId = match.get("partnerId").asString();

		// a fair a month ahead where both sides take part
		String date = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString();
		HttpResponse<String> created = post(matching.url("/api/fairs"), """
				{"name": "示例·清远高新区（江门）产业对接会", "venue": "江门市民中心", "date": "%s",
				 "sessions": [{"name": "上午场", "start": "09:00", "end": "11:00"}],
				 "meetingMinutes": 20, "breakMinutes": 5, "tables": [{"name": "A-01"}, {"name": "A-02"}]}
				""".formatted(date));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String fairId = json.readTree(created.body()).get("id").asString();
		for (String participant : List.of(
				"{\"id\": \"%s\", \"kind\": \"ENTERPRISE\", \"name\": \"示例江门铝材新材料有限公司\"}".formatted(enterpriseId),
				"{\"id\": \"%s\", \"kind\": \"PARK\", \"name\": \"清远高新区新材料产业集群\"}".formatted(clusterId))) {
			HttpResponse<String> registered = post(matching.url("/api/fairs/" + fairId + "/participants"), participant);
			assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		}

		// both sides accept: the match-acceptances event becomes a must-meet request of
		// the fair
		for (String side : List.of("ENTERPRISE", "PARTNER")) {
			HttpResponse<String> feedback = post(matching.url("/api/matches/" + matchId + "/feedback"),
					"{\"side\": \"%s\", \"decision\": \"ACCEPT\", \"by\": \"staff-qy-02\"}".formatted(side));
			assertThat(feedback.statusCode()).as(feedback.body()).isEqualTo(202);
		}
		JsonNode request = Awaitility.await("the accepted match as a request of the fair")
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> requestOf(fairId, matchId), (found) -> found != null);
		assertThat(request.get("strength").asString()).isEqualTo("MUST");

		// run, publish: the meeting goes out on fair-meetings and comes back as an
		// invitation
		HttpResponse<String> run = post(matching.url("/api/fairs/" + fairId + "/schedule"), "{}");
		assertThat(run.statusCode()).as(run.body()).isEqualTo(201);
		JsonNode meeting = json.readTree(run.body()).get("meetings").get(0);
		String meetingId = meeting.get("meetingId").asString();
		HttpResponse<String> published = post(matching.url("/api/fairs/" + fairId + "/schedule/publish"), "{}");
		assertThat(published.statusCode()).as(published.body()).isEqualTo(200);

		MimeMessage invitation = Awaitility.await("the invitation with its calendar")
			.atMost(Duration.ofSeconds(60))
			.until(() -> mailsTo("chen@jiangmen-alu.example.com").stream()
				.filter((mail) -> calendar(mail) != null)
				.findFirst()
				.orElse(null), (found) -> found != null);
		String ics = calendar(invitation);
		assertThat(ics).contains("UID:" + meetingId + "@duijie.io").contains("SEQUENCE:0").contains("METHOD:REQUEST");
		assertThat(ics).contains("江门市民中心");
		assertEveryRecordIsAValidCloudEvent(Topics.FAIR_MEETINGS, meetingId);
		assertEveryRecordIsAValidCloudEvent(Topics.MATCH_ACCEPTANCES, matchId);

		// the agenda export carries the same event
		HttpResponse<String> agenda = get(
				matching.url("/api/fairs/" + fairId + "/participants/" + enterpriseId + "/agenda.ics"));
		assertThat(agenda.statusCode()).isEqualTo(200);
		assertThat(agenda.body()).contains("UID:" + meetingId + "@duijie.io");
	}

	private static JsonNode requestOf(String fairId, String matchId) throws Exception {
		for (JsonNode request : json.readTree(get(matching.url("/api/fairs/" + fairId + "/requests")).body())) {
			if (matchId.equals(request.path("matchId").asString())) {
				return request;
			}
		}
		return null;
	}

	/** The text/calendar part of a mail, unfolded, or {@code null}. */
	private static String calendar(MimeMessage mail) {
		try {
			return calendarIn(mail.getContent());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String calendarIn(Object content) throws Exception {
		if (content instanceof Multipart parts) {
			for (int i = 0; i < parts.getCount(); i++) {
				BodyPart part = parts.getBodyPart(i);
				if (part.getContentType().toLowerCase(Locale.ROOT).startsWith("text/calendar")) {
					return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r\n ",
							"");
				}
				String nested = calendarIn(part.getContent());
				if (nested != null) {
					return nested;
				}
			}
		}
		return null;
	}

	private static JsonNode inboxItem(String recipientId, String matchId) throws Exception {
		for (JsonNode item : json.readTree(get(notification.url("/api/inbox/" + recipientId)).body())) {
			if (matchId.equals(item.path("matchId").asString())) {
				return item;
			}
		}
		return null;
	}

	private static JsonNode newMaterialsMatch(String enterpriseId) throws Exception {
		HttpResponse<String> response = get(matching.url("/api/matches?enterpriseId=" + enterpriseId));
		if (response.statusCode() != 200) {
			return null;
		}
		for (JsonNode match : json.readTree(response.body())) {
			if ("新材料".equals(match.path("partnerName").asString())
					&& "清远高新区".equals(match.path("parkName").asString())) {
				return match;
			}
		}
		return null;
	}

	private static void assertEveryRecordIsAValidCloudEvent(String topic, String key) {
		List<ConsumerRecord<String, byte[]>> records = KafkaProbe.awaitRecords(topic,
				(seen) -> seen.stream().anyMatch((r) -> key.equals(r.key())));
		assertThat(records).isNotEmpty();
		for (ConsumerRecord<String, byte[]> record : records) {
			if (record.value() == null) {
				continue; // a tombstone: no event, no headers
			}
			assertThat(KafkaProbe.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
			assertThat(KafkaProbe.header(record, CloudEventHeaders.ID)).isNotBlank();
			assertThat(KafkaProbe.header(record, CloudEventHeaders.SOURCE)).startsWith("/duijie/");
			assertThat(KafkaProbe.header(record, CloudEventHeaders.TIME)).isNotBlank();
			assertThat(KafkaProbe.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
			EventSchemas.assertValid(KafkaProbe.header(record, CloudEventHeaders.TYPE), record.value());
		}
	}

	/** Subject and decoded text of a mail. */
	private static String text(MimeMessage mail) {
		try {
			Object content = mail.getContent();
			StringBuilder text = new StringBuilder(mail.getSubject()).append('\n');
			if (content instanceof Multipart parts) {
				for (int i = 0; i < parts.getCount(); i++) {
					text.append(parts.getBodyPart(i).getContent()).append('\n');
				}
			}
			else {
				text.append(content);
			}
			return text.toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<MimeMessage> mailsTo(String address) throws Exception {
		List<MimeMessage> mails = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (String.join(",", message.getHeader("To")).contains(address)) {
				mails.add(message);
			}
		}
		return mails;
	}

	private static void loadSeeds(String file, String path) throws IOException {
		Path seeds = Path.of(System.getProperty("duijie.root", ".."), "seeds", file);
		for (JsonNode body : json.readTree(Files.readString(seeds))) {
			HttpResponse<String> response = post(intake.url(path), body.toString());
			assertThat(response.statusCode()).as("%s %s: %s", file, body.path("name"), response.body()).isEqualTo(202);
		}
	}

	private static ServiceProcess start(String name, Map<String, String> environment) throws IOException {
		ServiceProcess service = ServiceProcess.start(name, freePort(), environment);
		services.add(service);
		return service;
	}

	private static HttpResponse<String> post(URI uri, String body) throws IOException {
		return send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());
	}

	private static HttpResponse<String> get(URI uri) throws IOException {
		return send(HttpRequest.newBuilder(uri).GET().build());
	}

	private static HttpResponse<String> send(HttpRequest request) throws IOException {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
