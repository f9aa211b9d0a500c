package io.duijie.matching.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.duijie.contracts.ChainLink;
import io.duijie.contracts.ChainLink.ChainPosition;
import io.duijie.contracts.Contact;
import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.CounterpartProfile;
import io.duijie.contracts.EnterpriseProfile;
import io.duijie.contracts.EnterpriseSize;
import io.duijie.contracts.IdentityType;
import io.duijie.contracts.InvestorProfile;
import io.duijie.contracts.Needs;
import io.duijie.contracts.Region;
import io.duijie.contracts.Space;
import io.duijie.contracts.SpaceType;
import io.duijie.contracts.Stage;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The profiles of {@code seeds/*.json} as intake-service would publish them. The files
 * hold API request bodies (regions by name, investors' {@code regions}), so each field is
 * mapped by hand, as intake-service does, and regions are resolved to GB/T 2260 codes.
 */
public final class SeedProfiles {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** GB/T 2260 codes of the region names the seed files use. */
	private static final Map<String, String> REGIONS = Map.ofEntries(Map.entry("广州", "440100"),
			Map.entry("深圳", "440300"), Map.entry("珠海", "440400"), Map.entry("佛山", "440600"), Map.entry("江门", "440700"),
			Map.entry("肇庆", "441200"), Map.entry("惠州", "441300"), Map.entry("清远", "441800"), Map.entry("东莞", "441900"),
			Map.entry("中山", "442000"), Map.entry("南宁", "450100"), Map.entry("香港", "810000"), Map.entry("澳门", "820000"));

	private SeedProfiles() {
	}

	public static List<EnterpriseProfile> enterprises() {
		List<EnterpriseProfile> profiles = new ArrayList<>();
		read("enterprises.json").forEach((node) -> profiles.add(enterprise(node)));
		return profiles;
	}

	public static List<CounterpartProfile> counterparts() {
		List<CounterpartProfile> profiles = new ArrayList<>();
		read("counterparts.json").forEach((node) -> profiles.add(counterpart(node)));
		return profiles;
	}

	public static List<InvestorProfile> investors() {
		List<InvestorProfile> profiles = new ArrayList<>();
		read("investors.json").forEach((node) -> profiles.add(investor(node)));
		return profiles;
	}

	public static CounterpartProfile counterpart(String name) {
		return counterparts().stream()
			.filter((c) -> c.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No seed counterpart " + name));
	}

	public static EnterpriseProfile enterprise(String name) {
		return enterprises().stream()
			.filter((e) -> e.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No seed enterprise " + name));
	}

	private static JsonNode read(String file) {
		// tests run in the module's directory; seeds/ is the repository's
		return readJson(Path.of("..", "seeds", file));
	}

	/** A JSON file, e.g. the evaluation set. */
	public static JsonNode readJson(Path path) {
		try {
			return JSON.readTree(Files.readString(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An enterprise from its {@code POST /api/enterprises} body (seeds, evaluation set).
	 */
	public static EnterpriseProfile enterprise(JsonNode node) {
		JsonNode needs = node.path("needs");
		JsonNode contact = node.path("contact");
		Region region = region(node.path("region").asString());
		IdentityType identity = (text(node, "identityType") != null) ? IdentityType.valueOf(text(node, "identityType"))
				: switch (region.code()) {
					case "810000" -> IdentityType.HK_CR;
					case "820000" -> IdentityType.MO_CR;
					default -> IdentityType.USCC;
				};
		String stage = text(node, "stage");
		String size = text(node, "size");
		return new EnterpriseProfile(node.path("name").asString(), text(node, "nameEn"),
				node.path("creditCode").asString(), identity, region, strings(node.path("industryCodes")),
				node.path("description").asString(), (stage != null) ? Stage.valueOf(stage) : null,
				strings(node.path("tags")),
				new Needs(integer(needs, "landAreaM2"), integer(needs, "factoryAreaM2"), integer(needs, "fundingCny"),
						strings(needs.path("rdTopics")), integer(needs, "powerKva"),
						number(needs, "maxRentCnyPerM2Month")),
				new Contact(contact.path("name").asString(), text(contact, "phone"), text(contact, "email")),
				text(node, "ownerStaffId"), (size != null) ? EnterpriseSize.valueOf(size) : null);
	}

	private static CounterpartProfile counterpart(JsonNode node) {
		JsonNode space = node.path("space");
		List<ChainLink> links = new ArrayList<>();
		node.path("chainLinks")
			.forEach((link) -> links.add(
					new ChainLink(link.path("name").asString(), ChainPosition.valueOf(link.path("position").asString()),
							strings(link.path("keywords")), strings(link.path("residents")))));
		return new CounterpartProfile(CounterpartKind.valueOf(node.path("kind").asString()),
				node.path("name").asString(), text(node, "nameEn"), node.path("parkName").asString(),
				region(node.path("region").asString()), node.path("description").asString(""),
				strings(node.path("industryCodes")), strings(node.path("keywords")),
				strings(node.path("researchAreas")),
				space.isObject() ? new Space(SpaceType.valueOf(space.path("type").asString()),
						space.path("areaM2").asLong(), number(space, "priceCnyPerM2Month"), integer(space, "powerKva"))
						: null,
				null, links);
	}

	private static InvestorProfile investor(JsonNode node) {
		List<Stage> stages = strings(node.path("stages")).stream().map(Stage::valueOf).toList();
		List<String> regions = strings(node.path("regions")).stream().map((r) -> region(r).code()).toList();
		return new InvestorProfile(node.path("name").asString(), text(node, "nameEn"), strings(node.path("sectors")),
				strings(node.path("industryCodes")), stages, integer(node, "ticketMinCny"),
				integer(node, "ticketMaxCny"), regions, node.path("description").asString(""), null, null);
	}

	/** A region by GB/T 2260 code (as the counterparts give it) or by city name. */
	static Region region(String nameOrCode) {
		if (nameOrCode.matches("\\d{6}")) {
			String name = REGIONS.entrySet()
				.stream()
				.filter((e) -> e.getValue().equals(nameOrCode))
				.map(Map.Entry::getKey)
				.findFirst()
				.orElse(nameOrCode);
			return new Region(nameOrCode, nameOrCode.startsWith("8") ? name : name + "市");
		}
		String code = REGIONS.get(nameOrCode.replace("市", ""));
		if (code == null) {
			throw new IllegalArgumentException("Unknown region in the seeds: " + nameOrCode);
		}
		return new Region(code, nameOrCode);
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((value) -> values.add(value.asString()));
		return values;
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isMissingNode() || value.isNull()) ? null : value.asString();
	}

	private static @Nullable Long integer(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isMissingNode() || value.isNull()) ? null : value.asLong();
	}

	private static @Nullable Double number(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isMissingNode() || value.isNull()) ? null : value.asDouble();
	}

}
