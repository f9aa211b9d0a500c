package io.duijie.intake.enterprises;

import java.net.URI;

import io.duijie.intake.identities.IdentityIndex;
import io.duijie.intake.profiles.Accepted;
import io.duijie.intake.profiles.ProfileKind;
import io.duijie.intake.profiles.ProfileNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
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
@RequestMapping("/api/enterprises")
@Tag(name = "enterprises", description = "Enterprise profiles (企业画像), one per credit code")
class EnterpriseController {

	private final EnterpriseIntake intake;

	private final IdentityIndex identities;

	EnterpriseController(EnterpriseIntake intake, IdentityIndex identities) {
		this.intake = intake;
		this.identities = identities;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Submit an enterprise, or a new version of it (same credit code, same id)",
			description = "Answered 202 once the broker acknowledged the enterprise.profile.submitted.v1 event.")
	@ApiResponse(responseCode = "202", description = "Published; Location is the profile")
	@ApiResponse(responseCode = "400",
			description = "Invalid fields (all listed in errors), malformed JSON or an " + "unknown property")
	@ApiResponse(responseCode = "413", description = "Body too large")
	@ApiResponse(responseCode = "415", description = "Not application/json")
	@ApiResponse(responseCode = "503", description = "The broker did not acknowledge in time; retry")
	ResponseEntity<Accepted> submit(@RequestBody EnterpriseRequest request) {
		Accepted accepted = this.intake.submit(request);
		return ResponseEntity.accepted()
			.location(URI.create(ProfileKind.ENTERPRISE.location(accepted.id())))
			.body(accepted);
	}

	@GetMapping("/{id}")
	@Operation(summary = "The current version of an enterprise",
			description = "An enterprise merged into another as a duplicate answers 301, Location the survivor, "
					+ "with the merge record (mergedInto, by, note, mergedAt).")
	@ApiResponse(responseCode = "200", description = "The current version")
	@ApiResponse(responseCode = "301", description = "Merged into another enterprise")
	@ApiResponse(responseCode = "404", description = "Unknown or withdrawn")
	ResponseEntity<?> find(@PathVariable String id) {
		try {
			return ResponseEntity.ok(this.intake.find(id));
		}
		catch (ProfileNotFoundException ex) {
			IdentityIndex.MergeRecord merge = this.identities.merge(id).orElseThrow(() -> ex);
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.location(URI.create(ProfileKind.ENTERPRISE.location(merge.mergedInto())))
				.body(merge);
		}
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Withdraw an enterprise",
			description = "Publishes enterprise.profile.withdrawn.v1 and then a tombstone, both acknowledged.")
	@ApiResponse(responseCode = "202", description = "Withdrawn; the version of the withdrawal")
	@ApiResponse(responseCode = "404", description = "Unknown or already withdrawn")
	ResponseEntity<Accepted> withdraw(@PathVariable String id) {
		return ResponseEntity.accepted().body(this.intake.withdraw(id));
	}

}
