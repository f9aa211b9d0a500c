package io.duijie.intake.investors;

import java.net.URI;

import io.duijie.contracts.InvestorProfile;
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
@RequestMapping("/api/investors")
@Tag(name = "investors", description = "Investor and fund profiles (投资机构画像), one per name")
class InvestorController {

	private final InvestorIntake intake;

	InvestorController(InvestorIntake intake) {
		this.intake = intake;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Submit an investor, or a new version of it (same name, same id)",
			description = "Answered 202 once the broker acknowledged the investor.profile.submitted.v1 event.")
	@ApiResponse(responseCode = "202", description = "Published; Location is the profile")
	@ApiResponse(responseCode = "400",
			description = "Invalid fields (all listed in errors), malformed JSON or an " + "unknown property")
	@ApiResponse(responseCode = "503", description = "The broker did not acknowledge in time; retry")
	ResponseEntity<Accepted> submit(@RequestBody InvestorRequest request) {
		Accepted accepted = this.intake.submit(request);
		return ResponseEntity.accepted()
			.location(URI.create(ProfileKind.INVESTOR.location(accepted.id())))
			.body(accepted);
	}

	@GetMapping("/{id}")
	@Operation(summary = "The current version of an investor")
	@ApiResponse(responseCode = "404", description = "Unknown or withdrawn")
	ProfileView<InvestorProfile> find(@PathVariable String id) {
		return this.intake.find(id);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Withdraw an investor",
			description = "Publishes investor.profile.withdrawn.v1 and then a tombstone, both acknowledged.")
	@ApiResponse(responseCode = "202", description = "Withdrawn; the version of the withdrawal")
	@ApiResponse(responseCode = "404", description = "Unknown or already withdrawn")
	ResponseEntity<Accepted> withdraw(@PathVariable String id) {
		return ResponseEntity.accepted().body(this.intake.withdraw(id));
	}

}
