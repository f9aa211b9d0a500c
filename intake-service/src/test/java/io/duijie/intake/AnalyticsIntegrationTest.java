package io.duijie.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.duijie.contracts.FairSchedulePublished;
import io.duijie.contracts.MeetingCheckedIn;
import io.duijie.contracts.MeetingOutcomeRecorded;
import io.duijie.contracts.MeetingParticipant;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pipeline events reach the analytics: leads moved through the API and fair outcomes sent
 * to {@code fair-outcomes} as matching-service would give the figures computed by hand
 * below, as JSON, CSV and .xlsx.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AnalyticsIntegrationTest {

	@LocalServerPort
	private int port;

	@Test
	void leadsAndFairOutcomesBecomeThePipelineFiguresAndTheFairFunnel() throws IOException {
		Http http = new Http(this.port);
		String park = "示例园区-" + TestProfiles.unique();
		String fair = "fair-analytics-" + TestProfiles.unique();
		// a: LEAD → CONTACTED → NEGOTIATING, 签约额 2 亿 → SIGNED, 到资 5000 万
		String a = register(http, park, fair, "staff-an-1");
		move(http, a, "CONTACTED", null);
		move(http, a, "NEGOTIATING", null);
		Leads.ok(http.post("/api/leads/" + a + "/amounts", "{\"contractedCny\": 200000000, \"by\": \"staff-an-1\"}"));
		move(http, a, "SIGNED", null);
		Leads.ok(http.post("/api/leads/" + a + "/amounts", "{\"arrivedCny\": 50000000, \"by\": \"staff-an-1\"}"));
		// b: LEAD → CONTACTED → LOST
		String b = register(http, park, fair, "staff-an-2");
		move(http, b, "CONTACTED", null);
		move(http, b, "LOST", "选择他处落地");
		// c: stays LEAD
		register(http, park, fair, "staff-an-1");

		List<MeetingParticipant> participants = List.of(
				new MeetingParticipant("ent-x", MeetingParticipant.ENTERPRISE, "示例企业", null),
				new MeetingParticipant("park-x", MeetingParticipant.PARK, park, null));
		Instant t = Instant.parse("2025-06-20T02:00:00Z");
		Leads.produce(
				new FairSchedulePublished("an-" + TestProfiles.unique(), t, fair, "示例对接会", "2025-06-20", 1, 12, 10));
		Leads.produce(new MeetingCheckedIn("an-" + TestProfiles.unique(), t.plusSeconds(60), fair, "示例对接会", "m1",
				participants, MeetingCheckedIn.Status.HELD, "staff-an-1"));
		Leads.produce(new MeetingCheckedIn("an-" + TestProfiles.unique(), t.plusSeconds(60), fair, "示例对接会", "m2",
				participants, MeetingCheckedIn.Status.NO_SHOW, "staff-an-1"));
		// a later check-in corrects m2
		Leads.produce(new MeetingCheckedIn("an-" + TestProfiles.unique(), t.plusSeconds(120), fair, "示例对接会", "m2",
				participants, MeetingCheckedIn.Status.HELD, "staff-an-1"));
		Leads.produce(new MeetingCheckedIn("an-" + TestProfiles.unique(), t.plusSeconds(60), fair, "示例对接会", "m3",
				participants, MeetingCheckedIn.Status.HELD, "staff-an-2"));
		Leads.produce(new MeetingOutcomeRecorded("an-" + TestProfiles.unique(), t.plusSeconds(180), fair, "示例对接会", "m1",
				participants, null, MeetingOutcomeRecorded.Intent.HIGH, "考察园区", "staff-an-1"));

		JsonNode summary = Http.json(http.get("/api/analytics/leads?park=" + encode(park)));
		assertThat(summary.path("leads").asLong()).isEqualTo(3);
		assertThat(summary.path("signed").asLong()).isEqualTo(1);
		assertThat(summary.path("lost").asLong()).isEqualTo(1);
		assertThat(summary.path("contractedCny").asLong()).isEqualTo(200_000_000L);
		assertThat(summary.path("arrivedCny").asLong()).isEqualTo(50_000_000L);
		assertThat(summary.at("/byStage/LEAD").asLong()).isEqualTo(1);
		assertThat(summary.at("/byStage/SIGNED").asLong()).isEqualTo(1);
		assertThat(summary.at("/byStage/LOST").asLong()).isEqualTo(1);
		assertThat(summary.at("/reached/CONTACTED").asLong()).isEqualTo(2);
		assertThat(summary.at("/conversion/0/rate").decimalValue()).isEqualByComparingTo("0.6667");
		assertThat(summary.at("/conversion/1/rate").decimalValue()).isEqualByComparingTo("0.5");
		assertThat(summary.at("/byOwner/0/key").asString()).isEqualTo("staff-an-1");
		assertThat(summary.at("/byOwner/0/leads").asLong()).isEqualTo(2);
		assertThat(summary.at("/byCity/0/label").asString()).isEqualTo("深圳市");
		assertThat(summary.at("/byFair/0/key").asString()).isEqualTo(fair);

		Awaitility.await().untilAsserted(() -> {
			JsonNode funnel = Http.json(http.get("/api/analytics/fairs/" + fair));
			assertThat(funnel.path("requested").asLong()).isEqualTo(12);
			assertThat(funnel.path("held").asLong()).isEqualTo(3);
			assertThat(funnel.at("/outcomes/HIGH").asLong()).isEqualTo(1);
		});
		JsonNode funnel = Http.json(http.get("/api/analytics/fairs/" + fair));
		assertThat(funnel.path("fairName").asString()).isEqualTo("示例对接会");
		assertThat(funnel.path("scheduled").asLong()).isEqualTo(10);
		assertThat(funnel.path("noShows").asLong()).isZero();
		assertThat(funnel.path("leads").asLong()).isEqualTo(3);
		assertThat(funnel.path("leadsAdvanced").asLong()).isEqualTo(2);
		assertThat(funnel.path("leadsSigned").asLong()).isEqualTo(1);
		assertThat(funnel.path("heldRate").decimalValue()).isEqualByComparingTo("0.3");
		assertThat(funnel.path("advancedPerMeetingHeld").decimalValue()).isEqualByComparingTo("0.6667");
		assertThat(Http.json(http.get("/api/analytics/fairs")).valueStream().map((f) -> f.path("fairId").asString()))
			.contains(fair);

		HttpResponse<String> csv = http.get("/api/analytics/leads.csv?park=" + encode(park));
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying((v) -> assertThat(v).startsWith("text/csv"));
		assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"leads.csv\"");
		assertThat(csv.body()).contains("\r\ntotal,,,contractedCny,200000000\r\n",
				"\r\nconversion,LEAD>CONTACTED,线索→接洽,rate,0.6667\r\n");
		assertThat(http.get("/api/analytics/fairs.csv").body()).contains(
				"\r\n" + fair + ",示例对接会,2025-06-20,1,12,10,3,3,0,1,0,0,0,3,2,1,200000000,50000000,0.3000,0.6667\r\n");

		HttpResponse<byte[]> xlsx = http.getBytes("/api/analytics/leads.xlsx?park=" + encode(park));
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet totals = workbook.getSheet("总览 Summary");
			assertThat(totals.getRow(0).getCell(3).getStringCellValue()).isEqualTo("签约额（元） contractedCny");
			assertThat(totals.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(200_000_000d);
			assertThat(workbook.getSheet("阶段 Stages").getRow(7).getCell(2).getNumericCellValue()).as("LOST")
				.isEqualTo(1d);
			assertThat(workbook.getSheet("转化 Conversion").getRow(1).getCell(4).getNumericCellValue())
				.isEqualTo(0.6667d);
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(http.getBytes("/api/analytics/fairs.xlsx").body()))) {
			Sheet sheet = workbook.getSheetAt(0);
			boolean found = false;
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				if (fair.equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
					assertThat(sheet.getRow(r).getCell(7).getNumericCellValue()).as("held").isEqualTo(3d);
					found = true;
				}
			}
			assertThat(found).isTrue();
		}
	}

	private static String register(Http http, String park, String fair, String owner) {
		String enterprise = Leads.enterprise(http);
		return Leads.ok(http.post("/api/leads", """
				{"enterpriseId": "%s", "parkName": "%s", "source": "FAIR", "fairId": "%s", "by": "%s"}
				""".formatted(enterprise, park, fair, owner))).path("id").asString();
	}

	private static void move(Http http, String id, String stage, String note) {
		Leads.ok(http.post("/api/leads/" + id + "/stage", Leads.stage(stage, note, "staff-an-1")));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
