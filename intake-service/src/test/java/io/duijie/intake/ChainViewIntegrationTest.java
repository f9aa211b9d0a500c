package io.duijie.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.MatchEvent;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchReason;
import io.duijie.contracts.MatchRetracted;
import io.duijie.contracts.PartnerType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each cluster's chain view: a cluster submitted through the API with a filled link and a
 * missing one, leads registered through the API and matches sent to {@code matches} as
 * matching-service would (the chain-gap reason worded as its {@code MatchScorer} words
 * it) give the view computed by hand below, as JSON, CSV and .xlsx; a retraction removes
 * an enterprise; an emptied Redis gives the same view back.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ChainViewIntegrationTest {

	private static final int DATABASE = 9;

	@LocalServerPort
	private int port;

	@Test
	void missingLinksShowTheLeadsProposedToFillThem() throws IOException {
		Http http = new Http(this.port);
		String park = "链园区-" + TestProfiles.unique();
		HttpResponse<String> submitted = http.post("/api/counterparts", """
				{"kind": "PARK_INDUSTRY", "name": "新材料", "parkName": "%s", "region": "441800",
				 "description": "示例产业集群", "industryCodes": ["3252"], "keywords": ["铝型材"],
				 "chainLinks": [
				   {"name": "铝型材挤压", "position": "MIDSTREAM", "keywords": ["挤压"], "residents": ["示例华豪铝业"]},
				   {"name": "汽车轻量化部件", "position": "DOWNSTREAM", "keywords": ["轻量化"]}
				 ]}
				""".formatted(park));
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
		String cluster = Http.json(submitted).path("id").asString();

		// e1: a lead in this park moved to 接洽 (owner staff-ch-1), and one in another park
		String e1 = Leads.enterprise(http);
		String lead = register(http, e1, park, "staff-ch-1");
		Leads.ok(http.post("/api/leads/" + lead + "/stage", Leads.stage("CONTACTED", null, "staff-ch-1")));
		register(http, e1, "别的园区", "staff-ch-9");
		// e2: proposed for the gap, no lead yet; e3: only strengthens the filled link
		String e2 = Leads.enterprise(http);
		String e3 = Leads.enterprise(http);
		Instant t = Instant.parse("2025-07-01T02:00:00Z");
		Leads.produce(proposed(e1, cluster, park, 0.82, t, gap(park)));
		Leads.produce(proposed(e2, cluster, park, 0.61, t, gap(park)));
		Leads.produce(proposed(e3, cluster, park, 0.55, t,
				new MatchReason("chain", 0.1, "强链：企业与" + park + "新材料产业集群中游环节「铝型材挤压」的示例华豪铝业等企业配套",
						"Strengthens New materials's chain: joins 示例华豪铝业 and others in the midstream link 铝型材挤压")));

		Awaitility.await()
			.until(() -> Http.json(http.get("/api/analytics/chains/" + cluster))
				.path("candidateEnterprises")
				.asInt() == 2);
		JsonNode view = Http.json(http.get("/api/analytics/chains/" + cluster));
		assertThat(view.path("clusterName").asString()).isEqualTo("新材料");
		assertThat(view.path("parkName").asString()).isEqualTo(park);
		assertThat(view.path("links").asInt()).isEqualTo(2);
		assertThat(view.path("filledLinks").asInt()).isEqualTo(1);
		assertThat(view.path("missingLinks").asInt()).isEqualTo(1);
		assertThat(view.path("missingWithCandidates").asInt()).isEqualTo(1);
		assertThat(view.path("candidateLeads").asInt()).as("e1's lead here; not the other park's").isEqualTo(1);
		JsonNode filled = view.at("/chain/0");
		assertThat(filled.path("name").asString()).isEqualTo("铝型材挤压");
		assertThat(filled.path("missing").asBoolean()).isFalse();
		assertThat(filled.path("residents").get(0).asString()).isEqualTo("示例华豪铝业");
		assertThat(filled.path("candidates").size()).as("e3 strengthens, fills no gap").isZero();
		JsonNode missing = view.at("/chain/1");
		assertThat(missing.path("name").asString()).isEqualTo("汽车轻量化部件");
		assertThat(missing.path("position").asString()).isEqualTo("DOWNSTREAM");
		assertThat(missing.path("missing").asBoolean()).isTrue();
		assertThat(missing.at("/candidates/0/enterpriseId").asString()).isEqualTo(e1);
		assertThat(missing.at("/candidates/0/score").asDouble()).isEqualTo(0.82);
		assertThat(missing.at("/candidates/0/leads").size()).isEqualTo(1);
		assertThat(missing.at("/candidates/0/leads/0/leadId").asString()).isEqualTo(lead);
		assertThat(missing.at("/candidates/0/leads/0/stage").asString()).isEqualTo("CONTACTED");
		assertThat(missing.at("/candidates/0/leads/0/owner").asString()).isEqualTo("staff-ch-1");
		assertThat(missing.at("/candidates/1/enterpriseId").asString()).isEqualTo(e2);
		assertThat(missing.at("/candidates/1/leads").size()).isZero();

		JsonNode all = Http.json(http.get("/api/analytics/chains?park=" + encode(park)));
		assertThat(all.size()).isEqualTo(1);
		assertThat(all.get(0)).isEqualTo(view);

		HttpResponse<String> csv = http.get("/api/analytics/chains.csv?park=" + encode(park));
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"chains.csv\"");
		String prefix = cluster + ",新材料," + park + ",";
		assertThat(csv.body()).isEqualTo("\uFEFF"
				+ "clusterId,clusterName,parkName,position,link,residents,missing,enterpriseId,enterpriseName,score,leadId,stage,owner\r\n"
				+ prefix + "中游 MIDSTREAM,铝型材挤压,示例华豪铝业,false,,,,,,\r\n" + prefix + "下游 DOWNSTREAM,汽车轻量化部件,,true," + e1
				+ ",示例科技,0.82," + lead + ",接洽 CONTACTED,staff-ch-1\r\n" + prefix + "下游 DOWNSTREAM,汽车轻量化部件,,true," + e2
				+ ",示例科技,0.61,,,\r\n");
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(http.getBytes("/api/analytics/chains.xlsx?park=" + encode(park)).body()))) {
			Sheet chains = workbook.getSheet("产业链 Chains");
			assertThat(chains.getRow(0).getCell(5).getStringCellValue()).isEqualTo("缺链环节 missingLinks");
			Row row = chains.getRow(1);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo(cluster);
			assertThat(row.getCell(3).getNumericCellValue()).as("links").isEqualTo(2d);
			assertThat(row.getCell(5).getNumericCellValue()).as("missing").isEqualTo(1d);
			assertThat(row.getCell(7).getNumericCellValue()).as("enterprises").isEqualTo(2d);
			assertThat(row.getCell(8).getNumericCellValue()).as("leads").isEqualTo(1d);
			Sheet links = workbook.getSheet("环节 Links");
			assertThat(links.getLastRowNum()).isEqualTo(3);
			assertThat(links.getRow(2).getCell(9).getNumericCellValue()).isEqualTo(0.82d);
			assertThat(links.getRow(2).getCell(12).getStringCellValue()).isEqualTo("staff-ch-1");
		}

		// e2's match is retracted: only e1 stays
		Leads.produce(new MatchRetracted("ch-" + TestProfiles.unique(), t.plusSeconds(60),
				MatchEvent.matchId(e2, cluster), e2, cluster, MatchRetracted.RetractionReason.DISPLACED));
		Awaitility.await()
			.until(() -> Http.json(http.get("/api/analytics/chains/" + cluster))
				.path("candidateEnterprises")
				.asInt() == 1);
		JsonNode afterRetraction = Http.json(http.get("/api/analytics/chains/" + cluster));
		assertThat(afterRetraction.at("/chain/1/candidates/0/enterpriseId").asString()).isEqualTo(e1);
		assertThat(afterRetraction.path("candidateLeads").asInt()).isEqualTo(1);

		rebuiltFromTheTopicsGivesTheSameView(cluster, afterRetraction);

		// e1's match is retracted too: the gap has nobody proposed
		Leads.produce(new MatchRetracted("ch-" + TestProfiles.unique(), t.plusSeconds(120),
				MatchEvent.matchId(e1, cluster), e1, cluster, MatchRetracted.RetractionReason.BELOW_THRESHOLD));
		Awaitility.await()
			.until(() -> Http.json(http.get("/api/analytics/chains/" + cluster))
				.path("candidateEnterprises")
				.asInt() == 0);
		JsonNode empty = Http.json(http.get("/api/analytics/chains/" + cluster));
		assertThat(empty.path("missingWithCandidates").asInt()).isZero();
		assertThat(empty.at("/chain/1/candidates").size()).isZero();
	}

	@Test
	void anUnknownClusterIsAProblemInChineseOrEnglish() {
		Http http = new Http(this.port);
		HttpResponse<String> zh = get(http, "/api/analytics/chains/no-such-cluster", "zh-CN");
		assertThat(zh.statusCode()).isEqualTo(404);
		assertThat(zh.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = Http.json(zh);
		assertThat(problem.path("type").asString()).isEqualTo("https://duijie.io/problems/cluster-not-found");
		assertThat(problem.path("title").asString()).isEqualTo("未找到产业集群");
		assertThat(problem.path("detail").asString()).isEqualTo("没有 id 为 no-such-cluster 的产业集群。");
		JsonNode en = Http.json(get(http, "/api/analytics/chains/no-such-cluster", "en"));
		assertThat(en.path("title").asString()).isEqualTo("Cluster not found");
		assertThat(en.path("status").asInt()).isEqualTo(404);
	}

	private void rebuiltFromTheTopicsGivesTheSameView(String cluster, JsonNode before) {
		IsolatedIntake.flush(DATABASE);
		try (ConfigurableApplicationContext restarted = IsolatedIntake.start(DATABASE, "intake-chain-rebuild")) {
			Http http = new Http(IsolatedIntake.port(restarted));
			assertThat(Http.json(http.get("/api/analytics/chains/" + cluster))).isEqualTo(before);
		}
	}

	/** The chain-gap reason as matching-service's MatchScorer words it. */
	private static MatchReason gap(String park) {
		return new MatchReason("chain", 0.15, "补链：企业可填补" + park + "新材料产业集群尚缺的下游环节「汽车轻量化部件」",
				"Fills a gap in New materials's chain: the downstream link 汽车轻量化部件 has no resident firm yet");
	}

	private static MatchProposed proposed(String enterprise, String cluster, String park, double score, Instant at,
			MatchReason reason) {
		return new MatchProposed("ch-" + TestProfiles.unique(), at, MatchEvent.matchId(enterprise, cluster), "e1-p1",
				enterprise, 1, "示例科技", null, cluster, PartnerType.COUNTERPART, CounterpartKind.PARK_INDUSTRY, 1, "新材料",
				park, score,
				List.of(new MatchReason("keywords", 0.3, "主营业务提到「轻量化」 → 新材料", "The business mentions 轻量化"), reason));
	}

	private static String register(Http http, String enterprise, String park, String owner) {
		return Leads.ok(http.post("/api/leads", """
				{"enterpriseId": "%s", "cluster": "新材料", "parkName": "%s", "owner": "%s", "by": "%s"}
				""".formatted(enterprise, park, owner, owner))).path("id").asString();
	}

	private static HttpResponse<String> get(Http http, String path, String language) {
		return http.send(HttpRequest.newBuilder(http.uri(path)).header("Accept-Language", language).GET());
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
