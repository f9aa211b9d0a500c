package io.duijie.intake.analytics;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Figures for park managers (pipeline, fair funnels, chain views), as JSON, CSV and
 * .xlsx.
 */
@RestController
@RequestMapping("/api/analytics")
@Tag(name = "analytics", description = "Pipeline figures, fair funnels and cluster chains for park managers")
class AnalyticsController {

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final String CLUSTER_NOT_FOUND = "https://duijie.io/problems/cluster-not-found";

	private final AnalyticsService analytics;

	AnalyticsController(AnalyticsService analytics) {
		this.analytics = analytics;
	}

	@GetMapping("/leads")
	@Operation(summary = "Leads by stage, cluster, source city, staff member, source and fair; conversion; totals")
	LeadFigures.Summary leads(@Parameter(description = "Only this park's leads, e.g. 清远高新区") @RequestParam(
			required = false) @Nullable String park) {
		return this.analytics.summary(park);
	}

	@GetMapping("/leads.csv")
	@Operation(summary = "The lead figures as CSV: dimension,key,label,measure,value")
	ResponseEntity<byte[]> leadsCsv(@RequestParam(required = false) @Nullable String park) {
		return file(Exports.csv(Exports.summaryRows(this.analytics.summary(park))), CSV, "leads.csv");
	}

	@GetMapping("/leads.xlsx")
	@Operation(summary = "The lead figures as a workbook, one sheet per table")
	ResponseEntity<byte[]> leadsXlsx(@RequestParam(required = false) @Nullable String park) {
		return file(Exports.summaryWorkbook(this.analytics.summary(park)), XLSX, "leads.xlsx");
	}

	@GetMapping("/fairs")
	@Operation(summary = "Every fair's funnel: requests → meetings scheduled → held → leads → advanced → signed")
	List<FairFunnels.Funnel> fairs() {
		return this.analytics.fairs();
	}

	@GetMapping("/fairs/{fairId}")
	@Operation(summary = "One fair's funnel (zeros for a fair nothing is known of)")
	FairFunnels.Funnel fair(@PathVariable String fairId) {
		return this.analytics.fair(fairId);
	}

	@GetMapping("/fairs.csv")
	@Operation(summary = "Every fair's funnel as CSV, one fair a line")
	ResponseEntity<byte[]> fairsCsv() {
		return file(Exports.csv(Exports.fairRows(this.analytics.fairs())), CSV, "fairs.csv");
	}

	@GetMapping("/fairs.xlsx")
	@Operation(summary = "Every fair's funnel as a workbook")
	ResponseEntity<byte[]> fairsXlsx() {
		return file(Exports.fairWorkbook(this.analytics.fairs()), XLSX, "fairs.xlsx");
	}

	@GetMapping("/chains")
	@Operation(
			summary = "Every industry cluster's chain: links with resident firms, missing links, the leads that would fill them")
	List<ChainViews.ChainView> chains(@Parameter(description = "Only this park's clusters, e.g. 清远高新区") @RequestParam(
			required = false) @Nullable String park) {
		return this.analytics.chains(park);
	}

	@GetMapping("/chains/{clusterId}")
	@Operation(summary = "One industry cluster's chain (404 for an unknown cluster)")
	ChainViews.ChainView chain(@PathVariable String clusterId) {
		return this.analytics.chain(clusterId);
	}

	@GetMapping("/chains.csv")
	@Operation(summary = "The chains as CSV, one line per link, proposed enterprise and lead")
	ResponseEntity<byte[]> chainsCsv(@RequestParam(required = false) @Nullable String park) {
		return file(Exports.csv(Exports.chainRows(this.analytics.chains(park))), CSV, "chains.csv");
	}

	@GetMapping("/chains.xlsx")
	@Operation(summary = "The chains as a workbook: one sheet of clusters, one of links")
	ResponseEntity<byte[]> chainsXlsx(@RequestParam(required = false) @Nullable String park) {
		return file(Exports.chainWorkbook(this.analytics.chains(park)), XLSX, "chains.xlsx");
	}

	/** {@code cluster-not-found} (404), in Chinese for any {@code zh} Accept-Language. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> clusterNotFound(ClusterNotFoundException ex, HttpServletRequest request) {
		boolean zh = Locale.CHINESE.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				zh ? "没有 id 为 " + ex.id() + " 的产业集群。" : "There is no industry cluster with id " + ex.id() + ".");
		problem.setType(URI.create(CLUSTER_NOT_FOUND));
		problem.setTitle(zh ? "未找到产业集群" : "Cluster not found");
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
