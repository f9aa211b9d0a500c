package io.duijie.intake.leads;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 招商 pipeline over HTTP. Every change answers only after the broker acknowledged its
 * event on {@code leads}; an invalid request publishes nothing.
 */
@RestController
@RequestMapping("/api/leads")
@Tag(name = "leads", description = "The 招商 pipeline: 线索 → 接洽 → 在谈 → 签约 → 开工 → 投产")
class LeadController {

	private final LeadService leads;

	private final TimelineStore timelines;

	LeadController(LeadService leads, TimelineStore timelines) {
		this.leads = leads;
		this.timelines = timelines;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Register a lead (登记线索) at stage LEAD",
			description = "Answered 201 once the broker acknowledged io.duijie.lead.registered.v1.")
	@ApiResponse(responseCode = "201", description = "Registered; Location is the lead")
	@ApiResponse(responseCode = "400", description = "Invalid fields, all listed in errors")
	@ApiResponse(responseCode = "503", description = "The broker did not acknowledge in time; retry")
	ResponseEntity<Lead> register(@RequestBody LeadRequests.Register request) {
		Lead lead = this.leads.register(request);
		return ResponseEntity.created(URI.create("/api/leads/" + lead.id())).body(lead);
	}

	@GetMapping
	@Operation(summary = "Leads, filtered by stage, owner, cluster and source city; most recently changed first")
	@ApiResponse(responseCode = "400", description = "Unknown stage or city")
	List<Lead> list(
			@Parameter(description = "LEAD, CONTACTED, NEGOTIATING, SIGNED, STARTED, PRODUCING or LOST") @RequestParam(
					required = false) @Nullable String stage,
			@Parameter(description = "Owning staff id") @RequestParam(required = false) @Nullable String owner,
			@Parameter(description = "Cluster, e.g. 新材料") @RequestParam(required = false) @Nullable String cluster,
			@Parameter(description = "Source city: GB/T 2260 code or name, e.g. 深圳") @RequestParam(
					required = false) @Nullable String city) {
		return this.leads.list(stage, owner, cluster, city);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A lead")
	@ApiResponse(responseCode = "404", description = "No such lead")
	Lead find(@PathVariable String id) {
		return this.leads.find(id);
	}

	@PostMapping(path = "/{id}/stage", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Move a lead to another stage",
			description = "Forward one or more steps; back, to LOST or out of LOST only with the reason in note. "
					+ "Publishes io.duijie.lead.stage.changed.v1.")
	@ApiResponse(responseCode = "200", description = "The lead after the move")
	@ApiResponse(responseCode = "400", description = "Invalid fields or a move the pipeline does not allow")
	@ApiResponse(responseCode = "404", description = "No such lead")
	Lead move(@PathVariable String id, @RequestBody LeadRequests.Stage request) {
		return this.leads.move(id, request);
	}

	@PostMapping(path = "/{id}/amounts", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record the contracted amount (签约额) or capital arrived (到资)",
			description = "Publishes io.duijie.lead.amount.recorded.v1.")
	@ApiResponse(responseCode = "200", description = "The lead with the amount")
	@ApiResponse(responseCode = "400", description = "Invalid fields or an amount the lead's stage does not allow")
	@ApiResponse(responseCode = "404", description = "No such lead")
	Lead record(@PathVariable String id, @RequestBody LeadRequests.Amount request) {
		return this.leads.record(id, request);
	}

	@PostMapping(path = "/{id}/handover", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Hand a lead over to another staff member (移交)",
			description = "Publishes io.duijie.lead.handed.over.v1.")
	@ApiResponse(responseCode = "200", description = "The lead with its new owner")
	@ApiResponse(responseCode = "400", description = "Invalid fields")
	@ApiResponse(responseCode = "404", description = "No such lead")
	Lead handOver(@PathVariable String id, @RequestBody LeadRequests.Handover request) {
		return this.leads.handOver(id, request);
	}

	@GetMapping("/{id}/timeline")
	@Operation(summary = "A lead's timeline",
			description = "The lead's own events and its enterprise's matches, match feedback and fair meetings, "
					+ "oldest first.")
	@ApiResponse(responseCode = "404", description = "No such lead")
	Timeline timeline(@PathVariable String id) {
		Lead lead = this.leads.find(id);
		List<TimelineEntry> entries = new ArrayList<>(lead.history());
		entries.addAll(this.timelines.entries(lead.enterpriseId()));
		entries.sort(Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::eventId));
		return new Timeline(lead.id(), lead.enterpriseId(), entries);
	}

	/** A lead's timeline, oldest first. */
	@Schema(name = "LeadTimeline")
	record Timeline(String leadId, String enterpriseId, List<TimelineEntry> entries) {
	}

}
