package io.duijie.intake.analytics;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Figures for park managers, as JSON, CSV and .xlsx. */
@RestController
@RequestMapping("/api/analytics")
@Tag(name = "analytics", description = "Pipeline figures and fair funnels for park managers")
class AnalyticsController {

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

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

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
