package io.duijie.intake.identities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.duijie.contracts.EnterpriseProfile;
import io.duijie.contracts.IdentityType;
import io.duijie.intake.profiles.ProfileKind;
import io.duijie.intake.profiles.ProfileStore;
import io.duijie.intake.profiles.ProfileView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/enterprises")
@Tag(name = "identities",
		description = "Greater Bay Area identity: likely duplicate enterprises (Simplified, Traditional or English names, "
				+ "one registration written two ways) and their merge")
class IdentityController {

	private final IdentityIndex index;

	private final ProfileStore store;

	private final Merges merges;

	IdentityController(IdentityIndex index, ProfileStore store, Merges merges) {
		this.index = index;
		this.store = store;
		this.merges = merges;
	}

	@Schema(name = "DuplicateReason", description = "Why enterprises look like one company")
	record Reason(@Schema(allowableValues = {
			"SAME_NAME", "SAME_ENGLISH_NAME", "SAME_REGISTRATION" }) String code,
			@Schema(description = "The shared comparison form") String value, String zh, String en){
	}

	@Schema(name = "DuplicateMember")
	record Member(String id, long version, String name, @Nullable String nameEn, String creditCode,
			IdentityType identityType, String region, @Nullable List<String> aliases) {
	}

	@Schema(name = "DuplicateGroup", description = "Enterprises that are likely one company, for staff to merge")
	record Group(List<String> enterpriseIds, List<Reason> reasons, List<Member> enterprises) {
	}

	@Schema(name = "MergeForm", description = "Merge this enterprise into a surviving one")
	record MergeForm(
			@Schema(description = "The surviving enterprise's id",
					requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String into,
			@Schema(description = "Who merges (a staff id)") @Nullable String by,
			@Schema(description = "Why") @Nullable String note) {
	}

	@GetMapping("/duplicates")
	@Operation(summary = "Likely duplicate enterprises (疑似重复企业)",
			description = "Groups of current enterprises with the same normalised Chinese name (Traditional made "
					+ "Simplified, legal forms and region prefixes stripped), the same normalised English name (a "
					+ "profile's name or nameEn) or the same registration (Hong Kong / Macau numbers without leading "
					+ "zeros); one group per set of enterprises, with every reason.")
	List<Group> duplicates() {
		Map<Set<String>, List<Reason>> byMembers = new LinkedHashMap<>();
		this.index.candidates()
			.forEach((key, ids) -> byMembers.computeIfAbsent(ids, (k) -> new ArrayList<>()).add(reason(key)));
		List<Group> groups = new ArrayList<>();
		byMembers.forEach((ids, reasons) -> {
			List<Member> members = new ArrayList<>();
			for (String id : ids) {
				Optional<ProfileView<EnterpriseProfile>> view = this.store.find(ProfileKind.ENTERPRISE, id,
						EnterpriseProfile.class);
				view.ifPresent((v) -> members.add(new Member(v.id(), v.version(), v.profile().name(),
						v.profile().nameEn(), v.profile().creditCode(), v.profile().identityType(),
						v.profile().region().name(), v.profile().aliases())));
			}
			if (members.size() >= 2) {
				groups.add(new Group(members.stream().map(Member::id).toList(), reasons, members));
			}
		});
		return groups;
	}

	@PostMapping(path = "/{id}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Merge a duplicate into a surviving enterprise (合并重复企业)",
			description = "The survivor gets a new version whose aliases hold the duplicate's names; the duplicate is "
					+ "withdrawn with mergedInto (enterprise.profile.withdrawn.v1, no tombstone), after which GET of "
					+ "its id answers 301 to the survivor.")
	@ApiResponse(responseCode = "200", description = "Merged, both events acknowledged")
	@ApiResponse(responseCode = "400", description = "into missing or the enterprise itself")
	@ApiResponse(responseCode = "404", description = "Unknown enterprise (field id or into)")
	@ApiResponse(responseCode = "409", description = "ALREADY_MERGED or SURVIVOR_MERGED")
	Merges.Merged merge(@PathVariable String id, @RequestBody MergeForm form) {
		return this.merges.merge(id, form.into(), form.by(), form.note());
	}

	private static Reason reason(String key) {
		if (key.startsWith("name:")) {
			return new Reason("SAME_NAME", key.substring(5), "规范化后的中文名称相同（繁简、法律形式与地区前缀已统一）",
					"Same Chinese name once normalised (Traditional/Simplified, legal form and region prefix)");
		}
		if (key.startsWith("en:")) {
			return new Reason("SAME_ENGLISH_NAME", key.substring(3), "规范化后的英文名称相同",
					"Same English name once normalised (legal form and places)");
		}
		return new Reason("SAME_REGISTRATION", key.substring(4), "注册编号相同（不计前导零）",
				"Same registration number (leading zeros aside)");
	}

}
