package io.duijie.intake.counterparts;

import java.net.URI;

import io.duijie.contracts.CounterpartProfile;
import io.duijie.intake.profiles.Accepted;
import io.duijie.intake.profiles.ProfileKind;
import io.duijie.intake.profiles.ProfileView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/counterparts")
@Tag(name = "counterparts",
		description = "Park industry clusters, institutions and spaces, one per kind, park and name")
class CounterpartController {

	private final CounterpartIntake intake;

	CounterpartController(CounterpartIntake intake) {
		this.intake = intake;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Submit a counterpart, or a new version of it (same kind, park and name: same id)",
			description = "Answered 202 once the broker acknowledged the counterpart.profile.submitted.v1 event.")
	@ApiResponse(responseCode = "202", description = "Published; Location is the profile")
	@ApiResponse(responseCode = "400",
			description = "Invalid fields (all listed in errors), malformed JSON or an " + "unknown property")
	@ApiResponse(responseCode = "413", description = "Body too large")
	@ApiResponse(responseCode = "415", description = "Not application/json")
	@ApiResponse(responseCode = "503", description = "The broker did not acknowledge in time; retry")
	ResponseEntity<Accepted> submit(@RequestBody CounterpartRequest request) {
		Accepted accepted = this.intake.submit(request);
		return ResponseEntity.accepted()
			.location(URI.create(ProfileKind.COUNTERPART.location(accepted.id())))
			.body(accepted);
	}

	@GetMapping("/{id}")
	@Operation(summary = "The current version of a counterpart")
	@ApiResponse(responseCode = "200", description = "The current version")
	@ApiResponse(responseCode = "404", description = "Unknown or withdrawn")
	ProfileView<CounterpartProfile> find(@PathVariable String id) {
		return this.intake.find(id);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Withdraw a counterpart",
			description = "Publishes counterpart.profile.withdrawn.v1 and then a tombstone, both acknowledged.")
	@ApiResponse(responseCode = "202", description = "Withdrawn; the version of the withdrawal")
	@ApiResponse(responseCode = "404", description = "Unknown or already withdrawn")
	ResponseEntity<Accepted> withdraw(@PathVariable String id) {
		return ResponseEntity.accepted().body(this.intake.withdraw(id));
	}

}
