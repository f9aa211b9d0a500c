package io.duijie.intake.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.duijie.contracts.Topics;
import io.duijie.intake.Http;
import io.duijie.intake.TestProfiles;
import io.duijie.testsupport.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk import end to end on the real broker and Redis: files in, job reports out, and the
 * records on the profile topics.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ImportIntegrationTest {

	private static final String[] HEADERS = { "企业名称", "统一社会信用代码", "所在地区", "主营业务", "联系人", "联系电话", "邮箱", "需求厂房面积(㎡)",
			"企业标签" };

	@LocalServerPort
	private int port;

	private Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void publishesTheGoodRowsOfAWorkbookAndReportsTheBadOnes() {
		String good1 = TestProfiles.creditCode();
		String good2 = TestProfiles.creditCode();
		String bad = TestProfiles.creditCode();
		byte[] file = xlsx(List.of(HEADERS),
				List.of(row(good1, "13800000001", "a@example.com", "8000"),
						row(good2, "13800000002", "b@example.com", "1,200"),
						row(TestProfiles.withWrongCheckCharacter(bad), "13800000003", "not-an-address", "很大")));

		JsonNode job = awaitDone(upload("enterprise", "企业.xlsx", file));
		assertThat(job.path("total").asInt()).isEqualTo(3);
		assertThat(job.path("done").asInt()).isEqualTo(3);
		assertThat(job.path("published").asInt()).isEqualTo(2);
		assertThat(job.path("invalid").asInt()).isEqualTo(1);
		assertThat(job.path("errors")).allSatisfy((e) -> assertThat(e.path("row").asInt()).isEqualTo(4));
		assertThat(fields(job)).containsExactlyInAnyOrder("creditCode", "contact.email", "needs.factoryAreaM2");
		JsonNode email = error(job, "contact.email");
		assertThat(email.path("column").asString()).isEqualTo("邮箱");
		assertThat(email.path("code").asString()).isEqualTo("email.invalid");
		assertThat(email.at("/message/en").asString()).isEqualTo("must be a valid e-mail address");
		assertThat(email.at("/message/zh-CN").asString()).isNotBlank().isNotEqualTo("must be a valid e-mail address");
		assertThat(error(job, "creditCode").path("code").asString()).isEqualTo("creditCode.checkDigit");
		assertThat(error(job, "needs.factoryAreaM2").path("column").asString()).isEqualTo("需求厂房面积(㎡)");

		ConsumerRecord<String, byte[]> record = KafkaProbe.awaitRecord(Topics.ENTERPRISE_PROFILES, id(good2));
		JsonNode event = Http.json(record.value());
		assertThat(event.path("version").asLong()).isEqualTo(1);
		assertThat(event.at("/profile/needs/factoryAreaM2").asLong()).isEqualTo(1200);
		assertThat(event.at("/profile/tags").toString()).isEqualTo("[\"高新技术企业\",\"专精特新\"]");
		assertThat(event.at("/profile/region/code").asString()).isEqualTo("440300");
		KafkaProbe.awaitRecord(Topics.ENTERPRISE_PROFILES, id(good1));
		JsonNode view = Http.json(this.http.get("/api/enterprises/" + id(good1)));
		assertThat(view.at("/profile/contact/phone").asString()).isEqualTo("13800000001");
	}

	@Test
	void readsAGbkCsvFile() {
		String code = TestProfiles.creditCode();
		byte[] file = csv(List.of(HEADERS), List.of(row(code, "13800000011", "gbk@example.com", "500")),
				Charset.forName("GBK"), false);
		JsonNode job = awaitDone(upload("enterprise", "gbk.csv", file));
		assertThat(job.path("published").asInt()).isEqualTo(1);
		JsonNode event = Http.json(KafkaProbe.awaitRecord(Topics.ENTERPRISE_PROFILES, id(code)).value());
		assertThat(event.at("/profile/name").asString()).isEqualTo("示例·导入" + code + "有限公司");
		assertThat(event.at("/profile/contact/name").asString()).isEqualTo("示例联系人");
	}

	@Test
	void readsAUtf8CsvWithABomAndEnglishHeaders() {
		String code = TestProfiles.creditCode();
		List<String> english = List.of("Name", "credit code", "REGION", "description", "Contact Name", "contact phone",
				"Email", "factoryAreaM2", "tags");
		byte[] file = csv(english, List.of(row(code, "13800000021", "bom@example.com", "700")), StandardCharsets.UTF_8,
				true);
		JsonNode job = awaitDone(upload("enterprise", "english.csv", file));
		assertThat(job.path("published").asInt()).isEqualTo(1);
		JsonNode event = Http.json(KafkaProbe.awaitRecord(Topics.ENTERPRISE_PROFILES, id(code)).value());
		assertThat(event.at("/profile/name").asString()).startsWith("示例·导入");
		assertThat(event.at("/profile/needs/factoryAreaM2").asLong()).isEqualTo(700);
	}

	@Test
	void readsMergedGroupHeaders() {
		String code = TestProfiles.creditCode();
		byte[] file;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			Row group = sheet.createRow(0);
			Row sub = sheet.createRow(1);
			String[] top = { "企业名称", "统一社会信用代码", "所在地区", "主营业务", "联系人", "", "", "需求", "" };
			String[] below = { "", "", "", "", "姓名", "电话", "邮箱", "厂房面积", "用电" };
			for (int c = 0; c < top.length; c++) {
				group.createCell(c).setCellValue(top[c]);
				sub.createCell(c).setCellValue(below[c]);
			}
			for (int c = 0; c < 4; c++) {
				sheet.addMergedRegion(new CellRangeAddress(0, 1, c, c));
			}
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 4, 6));
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 7, 8));
			Row data = sheet.createRow(2);
			String[] values = { "示例·合并表头" + code + "有限公司", code, "深圳", "示例主营业务", "示例联系人", "13800000031",
					"merged@example.com" };
			for (int c = 0; c < values.length; c++) {
				data.createCell(c).setCellValue(values[c]);
			}
			data.createCell(7).setCellValue(3000);
			data.createCell(8).setCellValue(630);
			workbook.write(out);
			file = out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		JsonNode job = awaitDone(upload("enterprise", "merged.xlsx", file));
		assertThat(job.path("published").asInt()).as(job.toString()).isEqualTo(1);
		JsonNode event = Http.json(KafkaProbe.awaitRecord(Topics.ENTERPRISE_PROFILES, id(code)).value());
		assertThat(event.at("/profile/contact/name").asString()).isEqualTo("示例联系人");
		assertThat(event.at("/profile/contact/phone").asString()).isEqualTo("13800000031");
		assertThat(event.at("/profile/contact/email").asString()).isEqualTo("merged@example.com");
		assertThat(event.at("/profile/needs/factoryAreaM2").asLong()).isEqualTo(3000);
		assertThat(event.at("/profile/needs/powerKva").asLong()).isEqualTo(630);
	}

	@Test
	void importingTheSameRowsAgainPublishesNothing() {
		String code1 = TestProfiles.creditCode();
		String code2 = TestProfiles.creditCode();
		List<List<String>> rows = List.of(row(code1, "13800000041", "r1@example.com", "100"),
				row(code2, "13800000042", "r2@example.com", "200"));
		byte[] file = xlsx(List.of(HEADERS), rows);
		JsonNode first = awaitDone(upload("enterprise", "again.xlsx", file));
		assertThat(first.path("published").asInt()).isEqualTo(2);

		// the same file: the same finished job
		HttpResponse<String> again = upload("enterprise", "again.xlsx", file);
		assertThat(again.statusCode()).isEqualTo(202);
		assertThat(Http.json(again).path("id").asString()).isEqualTo(first.path("id").asString());
		assertThat(Http.json(again).path("status").asString()).isEqualTo("DONE");

		// the same rows in another file: a new job, every row unchanged
		JsonNode other = awaitDone(
				upload("enterprise", "again.csv", csv(List.of(HEADERS), rows, StandardCharsets.UTF_8, false)));
		assertThat(other.path("id").asString()).isNotEqualTo(first.path("id").asString());
		assertThat(other.path("unchanged").asInt()).isEqualTo(2);
		assertThat(other.path("published").asInt()).isZero();

		// one more record for code1 (a new version through the API) comes after both
		// imports;
		// so the only earlier record with that key is the first import's version 1
		assertThat(this.http.post("/api/enterprises", TestProfiles.enterprise(code1)).statusCode()).isEqualTo(202);
		List<ConsumerRecord<String, byte[]>> records = KafkaProbe.awaitRecords(Topics.ENTERPRISE_PROFILES,
				(seen) -> seen.stream().anyMatch((r) -> id(code1).equals(r.key()) && version(r) == 2)
						// code2 may sit on a partition the probe reads later
						&& seen.stream().anyMatch((r) -> id(code2).equals(r.key())));
		assertThat(records.stream().filter((r) -> id(code1).equals(r.key())).map(ImportIntegrationTest::version))
			.containsExactly(1L, 2L);
		assertThat(records.stream().filter((r) -> id(code2).equals(r.key()))).hasSize(1);
	}

	@Test
	void importsTenThousandRows() {
		List<String> codes = new ArrayList<>();
		byte[] file;
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			fill(sheet.createRow(0), List.of(HEADERS));
			for (int i = 1; i <= 10_000; i++) {
				String code = TestProfiles.creditCode();
				codes.add(code);
				fill(sheet.createRow(i), row(code, "13800000001", "bulk" + i + "@example.com", String.valueOf(i)));
			}
			workbook.write(out);
			file = out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		HttpResponse<String> accepted = upload("enterprise", "10000.xlsx", file);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		JsonNode job = awaitDone(accepted, Duration.ofMinutes(4));
		assertThat(job.path("total").asInt()).isEqualTo(10_000);
		assertThat(job.path("published").asInt()).as(job.path("errors").toString()).isEqualTo(10_000);
		Set<String> ids = codes.stream().map(ImportIntegrationTest::id).collect(Collectors.toSet());
		List<ConsumerRecord<String, byte[]>> records = KafkaProbe.awaitRecords(Topics.ENTERPRISE_PROFILES,
				(seen) -> seen.stream().filter((r) -> ids.contains(r.key())).count() >= 10_000);
		assertThat(records.stream().filter((r) -> ids.contains(r.key())).map(ConsumerRecord::key).distinct())
			.hasSize(10_000);
	}

	@Test
	void aFilledInTemplateImports() throws IOException {
		for (String kind : List.of("enterprise", "investor", "counterpart")) {
			HttpResponse<byte[]> template = this.http.getBytes("/api/imports/templates/" + kind + ".xlsx");
			assertThat(template.statusCode()).isEqualTo(200);
			String unique = TestProfiles.unique();
			String code = TestProfiles.creditCode();
			byte[] filled;
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()));
					ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				Sheet sheet = workbook.getSheetAt(0);
				Row header = sheet.getRow(0);
				Row example = sheet.getRow(1);
				for (int c = 0; c < header.getLastCellNum(); c++) {
					String title = header.getCell(c).getStringCellValue();
					if (title.endsWith("/ name")) {
						example.getCell(c).setCellValue(example.getCell(c).getStringCellValue() + unique);
					}
					if (title.endsWith("/ creditCode")) {
						example.getCell(c).setCellValue(code);
					}
				}
				workbook.write(out);
				filled = out.toByteArray();
			}
			JsonNode job = awaitDone(upload(kind, kind + ".xlsx", filled));
			assertThat(job.path("published").asInt()).as(kind + ": " + job).isEqualTo(1);
		}
		HttpResponse<byte[]> csv = this.http.getBytes("/api/imports/templates/investor.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF机构名称 / name,");
	}

	@Test
	void answersProblemsInChineseAndEnglish() {
		HttpResponse<String> unknown = upload("factory", "x.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(Http.json(unknown).path("type").asString())
			.isEqualTo("https://duijie.io/problems/import-unknown-kind");
		assertThat(Http.json(unknown).path("detail").asString()).contains("factory", "enterprise");
		HttpResponse<String> unknownZh = upload("factory", "x.csv", "a,b\n".getBytes(StandardCharsets.UTF_8), "zh-CN");
		assertThat(Http.json(unknownZh).path("title").asString()).isEqualTo("未知的导入类型");

		byte[] binary = { 0x7f, 'E', 'L', 'F', 0, 0, 1, 2 };
		HttpResponse<String> notSheet = upload("enterprise", "x.bin", binary);
		assertThat(notSheet.statusCode()).isEqualTo(415);
		assertThat(Http.json(notSheet).path("type").asString()).endsWith("/import-not-a-spreadsheet");
		HttpResponse<String> brokenXlsx = upload("enterprise", "x.xlsx", new byte[] { 'P', 'K', 3, 4, 1, 2, 3 },
				"zh-CN");
		assertThat(brokenXlsx.statusCode()).isEqualTo(415);
		assertThat(Http.json(brokenXlsx).path("title").asString()).isEqualTo("不是电子表格");

		HttpResponse<String> noHeader = upload("enterprise", "x.csv",
				"甲,乙,丙\n1,2,3\n".getBytes(StandardCharsets.UTF_8));
		assertThat(noHeader.statusCode()).isEqualTo(400);
		assertThat(Http.json(noHeader).path("type").asString()).endsWith("/import-no-header");
		assertThat(Http.json(noHeader).path("detail").asString()).contains("企业名称 / name");

		HttpResponse<String> missing = upload("enterprise", "x.csv",
				"企业名称,所在地区\n示例,深圳\n".getBytes(StandardCharsets.UTF_8), "zh-CN");
		assertThat(missing.statusCode()).isEqualTo(400);
		JsonNode problem = Http.json(missing);
		assertThat(problem.path("type").asString()).endsWith("/import-missing-columns");
		assertThat(problem.path("title").asString()).isEqualTo("缺少必填列");
		assertThat(problem.path("errors").valueStream().map((e) -> e.path("field").asString()))
			.containsExactly("creditCode", "description", "contact.name");
		assertThat(problem.at("/errors/0/message").asString()).isEqualTo("为必填列，文件中没有此列");

		StringBuilder many = new StringBuilder("企业名称,统一社会信用代码,所在地区,主营业务,联系人\n");
		for (int i = 0; i < 20_001; i++) {
			many.append("x,y,z,w,v\n");
		}
		HttpResponse<String> tooMany = upload("enterprise", "many.csv",
				many.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(tooMany.statusCode()).isEqualTo(413);
		assertThat(Http.json(tooMany).path("type").asString()).endsWith("/import-too-many-rows");

		HttpResponse<String> notFound = this.http.get("/api/imports/0123456789abcdef0123456789abcdef");
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(Http.json(notFound).path("type").asString()).endsWith("/import-not-found");
	}

	private static List<String> row(String code, String phone, String email, String factoryArea) {
		return List.of("示例·导入" + code + "有限公司", code, "深圳", "示例主营业务：储能电池。", "示例联系人", phone, email, factoryArea,
				"高新技术企业、专精特新；高新技术企业");
	}

	static String id(String creditCode) {
		return UUID.nameUUIDFromBytes(("enterprise:USCC:" + creditCode).getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static long version(ConsumerRecord<String, byte[]> record) {
		return Http.json(record.value()).path("version").asLong();
	}

	private static List<String> fields(JsonNode job) {
		return job.path("errors").valueStream().map((e) -> e.path("field").asString()).toList();
	}

	private static JsonNode error(JsonNode job, String field) {
		return job.path("errors")
			.valueStream()
			.filter((e) -> e.path("field").asString().equals(field))
			.findFirst()
			.orElseThrow();
	}

	static byte[] xlsx(List<String> header, List<List<String>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			fill(sheet.createRow(0), header);
			for (int i = 0; i < rows.size(); i++) {
				fill(sheet.createRow(i + 1), rows.get(i));
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void fill(Row row, List<String> values) {
		for (int c = 0; c < values.size(); c++) {
			row.createCell(c).setCellValue(values.get(c));
		}
	}

	static byte[] csv(List<String> header, List<List<String>> rows, Charset charset, boolean bom) {
		StringBuilder text = new StringBuilder(String.join(",", header)).append("\r\n");
		for (List<String> row : rows) {
			text.append(row.stream().map((v) -> "\"" + v.replace("\"", "\"\"") + "\"").collect(Collectors.joining(",")))
				.append("\r\n");
		}
		byte[] body = text.toString().getBytes(charset);
		if (!bom) {
			return body;
		}
		byte[] withBom = new byte[body.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(body, 0, withBom, 3, body.length);
		return withBom;
	}

	private HttpResponse<String> upload(String kind, String fileName, byte[] content) {
		return upload(kind, fileName, content, "en");
	}

	private HttpResponse<String> upload(String kind, String fileName, byte[] content, String language) {
		String boundary = "----duijie" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(this.http.uri("/api/imports?kind=" + kind))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept-Language", language)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private JsonNode awaitDone(HttpResponse<String> accepted) {
		return awaitDone(accepted, Duration.ofSeconds(60));
	}

	private JsonNode awaitDone(HttpResponse<String> accepted, Duration timeout) {
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String location = accepted.headers().firstValue("Location").orElseThrow();
		assertThat(location).isEqualTo("/api/imports/" + Http.json(accepted).path("id").asString());
		return Awaitility.await("import " + location)
			.atMost(timeout)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> Http.json(this.http.get(location)), (job) -> job.path("status").asString().equals("DONE")
					|| job.path("status").asString().equals("FAILED"));
	}

}
