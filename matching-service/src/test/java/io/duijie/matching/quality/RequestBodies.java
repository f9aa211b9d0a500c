package io.duijie.matching.quality;

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
 * Turns intake-service request bodies (the JSON of {@code seeds/} and of the evaluation
 * set) into the profiles intake-service would publish, for tests that score them without
 * running intake-service. Regions are resolved from the names the files use.
 */
public final class RequestBodies {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** The GB/T 2260 codes of the region names the seed and evaluation files use. */
	private static final Map<String, String> REGIONS = Map.ofEntries(Map.entry("广州", "440100"),
			Map.entry("深圳", "440300"), Map.entry("珠海", "440400"), Map.entry("佛山", "440600"), Map.entry("江门", "440700"),
			Map.entry("肇庆", "441200"), Map.entry("惠州", "441300"), Map.entry("清远", "441800"), Map.entry("东莞", "441900"),
			Map.entry("中山", "442000"), Map.entry("南宁", "450100"), Map.entry("香港", "810000"), Map.entry("澳门", "820000"));

	private RequestBodies() {
	}

	public static JsonNode read(Path file) {
		try {
			return MAPPER.readTree(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The repository's {@code seeds/} folder, from the module's directory. */
	public static Path seeds(String file) {
		return Path.of("..", "seeds", file);
	}

	public static List<CounterpartProfile> counterparts(JsonNode array) {
		List<CounterpartProfile> profiles = new ArrayList<>();
		array.forEach((node) -> profiles.add(counterpart(node)));
		return profiles;
	}

	public static CounterpartProfile counterpart(JsonNode node) {
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

	public static EnterpriseProfile enterprise(JsonNode node) {
		JsonNode needs = node.path("needs");
		JsonNode contact = node.path("contact");
		String region = node.path("region").asString();
		IdentityType identity = (text(node, "identityType") != null) ? IdentityType.valueOf(text(node, "identityType"))
				: region.equals("香港") ? IdentityType.HK_CR
						: region.equals("澳门") ? IdentityType.MO_CR : IdentityType.USCC;
		return new EnterpriseProfile(node.path("name").asString(), text(node, "nameEn"),
				node.path("creditCode").asString(), identity, region(region), strings(node.path("industryCodes")),
				node.path("description").asString(),
				(text(node, "stage") != null) ? Stage.valueOf(text(node, "stage")) : null, strings(node.path("tags")),
				new Needs(integer(needs, "landAreaM2"), integer(needs, "factoryAreaM2"), integer(needs, "fundingCny"),
						strings(needs.path("rdTopics")), integer(needs, "powerKva"),
						number(needs, "maxRentCnyPerM2Month")),
				new Contact(contact.path("name").asString("联系人"), text(contact, "phone"), text(contact, "email")),
				text(node, "ownerStaffId"),
				(text(node, "size") != null) ? EnterpriseSize.valueOf(text(node, "size")) : null);
	}

	public static InvestorProfile investor(JsonNode node) {
		List<Stage> stages = strings(node.path("stages")).stream().map(Stage::valueOf).toList();
		List<String> regions = strings(node.path("regions")).stream().map((r) -> region(r).code()).toList();
		return new InvestorProfile(node.path("name").asString(), text(node, "nameEn"), strings(node.path("sectors")),
				strings(node.path("industryCodes")), stages, integer(node, "ticketMinCny"),
				integer(node, "ticketMaxCny"), regions, node.path("description").asString(""), null, null);
	}

	static Region region(String nameOrCode) {
		if (nameOrCode.matches("\\d{6}")) {
			String name = REGIONS.entrySet()
				.stream()
				.filter((e) -> e.getValue().equals(nameOrCode))
				.map(Map.Entry::getKey)
				.findFirst()
				.orElse(nameOrCode);
			return new Region(nameOrCode, name);
		}
		String code = REGIONS.get(nameOrCode.replace("市", ""));
		if (code == null) {
			throw new IllegalArgumentException("Unknown region in test data: " + nameOrCode);
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
