package io.duijie.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.duijie.contracts.ChainLink.ChainPosition;
import io.duijie.contracts.LeadAmountRecorded.AmountKind;
import io.duijie.contracts.MatchFeedbackGiven.Decision;
import io.duijie.contracts.MatchFeedbackGiven.Side;
import io.duijie.contracts.MatchRetracted.RetractionReason;
import io.duijie.contracts.NotificationDelivered.DeliveryStatus;
import io.duijie.contracts.NotificationDelivered.RecipientType;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every event type has a JSON Schema that matches its record exactly, accepts what
 * Jackson 3 writes for a realistic event, and rejects broken payloads.
 */
class EventSchemasTest {

	/** What producers use: Jackson 3 defaults. */
	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final Instant AT = Instant.parse("2025-06-18T09:30:00Z");

	private static final String ENTERPRISE_ID = "ent-91440605MA4UH8K2XW";

	private static final String COUNTERPART_ID = "cp-qingyuan-hitech-new-materials";

	private static final String INVESTOR_ID = "inv-yueke-qingyuan-fund";

	private static final String MATCH_ID = MatchEvent.matchId(ENTERPRISE_ID, COUNTERPART_ID);

	private static final String REVISION = MatchProposed.revision(2, 1);

	private static final String LEAD_ID = "lead-6f1d2c3b-8a9e-4b7c-9d0e-1f2a3b4c5d6e";

	/** Shared shapes in {@code $defs} and the records they describe. */
	private static final Map<String, Class<? extends Record>> DEFS = Map.ofEntries(
			Map.entry("EnterpriseProfile", EnterpriseProfile.class),
			Map.entry("InvestorProfile", InvestorProfile.class),
			Map.entry("CounterpartProfile", CounterpartProfile.class), Map.entry("Region", Region.class),
			Map.entry("Contact", Contact.class), Map.entry("Needs", Needs.class), Map.entry("Space", Space.class),
			Map.entry("ChainLink", ChainLink.class), Map.entry("MatchReason", MatchReason.class),
			Map.entry("Meeting", Meeting.class), Map.entry("MeetingParticipant", MeetingParticipant.class));

	/**
	 * Components added to a {@code .v1} record after records of it were written to a
	 * compacted topic: listed in the schema's {@code properties} but not in its
	 * {@code required}, because the older records lack them.
	 */
	private static final Map<Class<? extends Record>, Set<String>> OPTIONAL = Map.of(EnterpriseProfile.class,
			Set.of("size", "aliases"), EnterpriseProfileWithdrawn.class, Set.of("mergedInto", "by", "note"),
			Needs.class, Set.of("powerKva", "maxRentCnyPerM2Month"), Space.class, Set.of("powerKva"),
			CounterpartProfile.class, Set.of("chainLinks"));

	/** Nullable components that a rule of the schema requires in the samples' context. */
	private static final Set<String> CONDITIONALLY_REQUIRED = Set.of("/partnerKind");

	// --- samples: an aluminium-profile (铝型材) maker from 佛山 and 清远高新区's 新材料 cluster

	static DuijieEvent sample(EventType type) {
		return switch (type) {
			case ENTERPRISE_PROFILE_SUBMITTED -> new EnterpriseProfileSubmitted("2f1c0d6e-5a43-4b0e-9c1d-1f0a8e7b6c01",
					AT, ENTERPRISE_ID, 2, enterprise());
			case ENTERPRISE_PROFILE_WITHDRAWN ->
				new EnterpriseProfileWithdrawn("7b9e4a12-03c5-4f7d-8a6b-2d4e5f6a7b02", AT, ENTERPRISE_ID, 3);
			case INVESTOR_PROFILE_SUBMITTED ->
				new InvestorProfileSubmitted("c3d2e1f0-1a2b-4c3d-8e4f-5a6b7c8d9e03", AT, INVESTOR_ID, 1, investor());
			case INVESTOR_PROFILE_WITHDRAWN ->
				new InvestorProfileWithdrawn("d4e3f2a1-2b3c-4d4e-9f5a-6b7c8d9e0f04", AT, INVESTOR_ID, 2);
			case COUNTERPART_PROFILE_SUBMITTED -> new CounterpartProfileSubmitted(
					"e5f4a3b2-3c4d-4e5f-8a6b-7c8d9e0f1a05", AT, COUNTERPART_ID, 1, cluster());
			case COUNTERPART_PROFILE_WITHDRAWN ->
				new CounterpartProfileWithdrawn("f6a5b4c3-4d5e-4f6a-9b7c-8d9e0f1a2b06", AT, COUNTERPART_ID, 2);
			case MATCH_PROPOSED -> new MatchProposed("a7b6c5d4-5e6f-4a7b-8c8d-9e0f1a2b3c07", AT, MATCH_ID, REVISION,
					ENTERPRISE_ID, 2, "佛山市南海区华信铝型材有限公司", "staff-qy-017", COUNTERPART_ID, PartnerType.COUNTERPART,
					CounterpartKind.PARK_INDUSTRY, 1, "新材料", "清远高新区", 0.86,
					List.of(new MatchReason("industry-code", 0.45, "行业代码相同：C3252 铝压延加工",
							"Same industry class: C3252 aluminium rolling"),
							new MatchReason("keywords", 0.26, "关键词命中：铝型材、高性能合金",
									"Keywords matched: aluminium profiles, high-performance alloys"),
							new MatchReason("region", 0.15, "佛山至清远车程约一个半小时，属大湾区产业转移承接地",
									"About 90 minutes from Foshan; a receiving area for Greater Bay Area industry")));
			case MATCH_RETRACTED -> new MatchRetracted("b8c7d6e5-6f7a-4b8c-9d9e-0f1a2b3c4d08", AT, MATCH_ID,
					ENTERPRISE_ID, COUNTERPART_ID, RetractionReason.PARTNER_WITHDRAWN);
			case MATCH_FEEDBACK_GIVEN -> new MatchFeedbackGiven("d0e9f8a7-8b9c-4d0e-9f1a-2b3c4d5e6f0a", AT, MATCH_ID,
					ENTERPRISE_ID, COUNTERPART_ID, PartnerType.COUNTERPART, Side.ENTERPRISE, Decision.ACCEPT,
					"园区用地与铝型材产业链配套符合扩产需求", "staff-qy-017");
			case MATCH_ACCEPTED -> new MatchAccepted("e1f0a9b8-9c0d-4e1f-8a2b-3c4d5e6f7a0b", AT, MATCH_ID,
					ENTERPRISE_ID, "佛山市南海区华信铝型材有限公司", COUNTERPART_ID, PartnerType.COUNTERPART,
					CounterpartKind.PARK_INDUSTRY, "新材料", "清远高新区", 0.86);
			case MEETING_SCHEDULED -> new MeetingScheduled("f2a1b0c9-0d1e-4f2a-9b3c-4d5e6f7a8b0c", AT, meeting(0));
			case MEETING_MOVED -> new MeetingMoved("a3b2c1d0-1e2f-4a3b-8c4d-5e6f7a8b9c0d", AT, meeting(1),
					Instant.parse("2025-06-20T02:00:00Z"));
			case MEETING_CANCELLED ->
				new MeetingCancelled("b4c3d2e1-2f3a-4b4c-9d5e-6f7a8b9c0d1e", AT, meeting(2), "企业负责人临时出差");
			case MEETING_CHECKED_IN -> new MeetingCheckedIn("c5d4e3f2-3a4b-4c5d-8e6f-7a8b9c0d1e2f", AT,
					"fair-2025-foshan", "2025 清远高新区（佛山）产业对接会", "mtg-2025-fs-0042", meeting(0).participants(),
					MeetingCheckedIn.Status.HELD, "staff-qy-017");
			case MEETING_OUTCOME_RECORDED -> new MeetingOutcomeRecorded("d6e5f4a3-4b5c-4d6e-9f7a-8b9c0d1e2f3a", AT,
					"fair-2025-foshan", "2025 清远高新区（佛山）产业对接会", "mtg-2025-fs-0042", meeting(0).participants(), MATCH_ID,
					MeetingOutcomeRecorded.Intent.HIGH, "两周内安排考察园区", "staff-qy-017");
			case FAIR_SCHEDULE_PUBLISHED -> new FairSchedulePublished("e7f6a5b4-5c6d-4e7f-8a8b-9c0d1e2f3a4b", AT,
					"fair-2025-foshan", "2025 清远高新区（佛山）产业对接会", "2025-06-20", 2, 48, 41);
			case NOTIFICATION_DELIVERED -> new NotificationDelivered("c9d8e7f6-7a8b-4c9d-8e0f-1a2b3c4d5e09", AT,
					MATCH_ID + "/" + REVISION + "/" + ENTERPRISE_ID + "/EMAIL", ENTERPRISE_ID, RecipientType.ENTERPRISE,
					Channel.EMAIL, MATCH_ID, REVISION, DeliveryStatus.DELIVERED, null);
			case LEAD_REGISTERED -> new LeadRegistered("d5e4f3a2-3a4b-4c5d-8e6f-7a8b9c0d1e21", AT, LEAD_ID, 1,
					ENTERPRISE_ID, "佛山市南海区华信铝型材有限公司", new Region("440605", "佛山市南海区"), "新材料", "清远高新区", LeadSource.FAIR,
					"fair-2025-foshan", MATCH_ID, "staff-qy-017", "staff-qy-017", Instant.parse("2025-06-20T02:30:00Z"),
					"对接会上表达扩产意向，计划新建熔铸基地");
			case LEAD_STAGE_CHANGED -> new LeadStageChanged("e6f5a4b3-4b5c-4d6e-9f7a-8b9c0d1e2f22", AT, LEAD_ID, 4,
					ENTERPRISE_ID, LeadStage.NEGOTIATING, LeadStage.SIGNED, "staff-qy-017",
					Instant.parse("2025-06-17T08:00:00Z"), "签订投资协议，总投资 5 亿元");
			case LEAD_AMOUNT_RECORDED -> new LeadAmountRecorded("f7a6b5c4-5c6d-4e7f-8a8b-9c0d1e2f3a23", AT, LEAD_ID, 5,
					ENTERPRISE_ID, AmountKind.ARRIVED, 120_000_000L, "staff-qy-017", AT, "首期到资 1.2 亿元");
			case LEAD_HANDED_OVER -> new LeadHandedOver("a8b7c6d5-6d7e-4f8a-9b9c-0d1e2f3a4b24", AT, LEAD_ID, 6,
					ENTERPRISE_ID, "staff-qy-017", "staff-qy-022", "staff-qy-003", AT, "原跟进人调岗");
		};
	}

	/** 华信 meets 清远高新区's 新材料 cluster at the Foshan fair, 10:00-10:30 Beijing time. */
	private static Meeting meeting(int sequence) {
		return new Meeting("mtg-2025-fs-0042", "fair-2025-foshan", "2025 清远高新区（佛山）产业对接会", "佛山潭州国际会展中心 3 号馆", "A-12",
				Instant.parse("2025-06-20T02:00:00Z").plusSeconds(3600L * sequence),
				Instant.parse("2025-06-20T02:30:00Z").plusSeconds(3600L * sequence), sequence,
				List.of(new MeetingParticipant(ENTERPRISE_ID, MeetingParticipant.ENTERPRISE, "佛山市南海区华信铝型材有限公司",
						"staff-qy-017"),
						new MeetingParticipant("park-qingyuan-hitech", MeetingParticipant.PARK, "清远高新区", null)),
				MATCH_ID);
	}

	private static EnterpriseProfile enterprise() {
		return new EnterpriseProfile("佛山市南海区华信铝型材有限公司", "Foshan Nanhai Huaxin Aluminium Profile Co., Ltd.",
				"91440605MA4UH8K2XW", IdentityType.USCC, new Region("440605", "佛山市南海区"), List.of("C3252", "C3312"),
				"专业生产建筑及工业铝型材，年产能5万吨，计划在粤北新建熔铸与挤压生产基地。", Stage.GROWTH, List.of("高新技术企业", "专精特新"),
				new Needs(66_667L, 20_000L, 50_000_000L, List.of("高强铝合金熔铸", "表面处理环保工艺"), 2_500L, 18.5),
				new Contact("陈志强", "+86 757 8628 8000", "chenzq@huaxin-alu.example.cn"), "staff-qy-017",
				EnterpriseSize.MEDIUM, List.of("佛山市南海區華信鋁型材有限公司"));
	}

	private static InvestorProfile investor() {
		return new InvestorProfile("粤科清远创新创业投资基金", null, List.of("新材料", "新能源", "电子信息"), List.of("C32", "C38"),
				List.of(Stage.STARTUP, Stage.GROWTH), 5_000_000L, 30_000_000L, List.of("441800", "440600"),
				"清远高新区三只产业基金之一，重点投资落户清远的大湾区科技型企业。", null, null);
	}

	private static CounterpartProfile cluster() {
		return new CounterpartProfile(CounterpartKind.PARK_INDUSTRY, "新材料", "New Materials", "清远高新区",
				new Region("441800", "清远市"), "清远高新区“5+1”主导产业之一，集聚铝型材、高性能合金与先进陶瓷企业，承接大湾区产业转移。", List.of("C32", "C3252"),
				List.of("铝型材", "高性能合金", "产业链配套"), List.of(), null, new Contact("李敏", null, "invest@qyhtz.example.cn"),
				List.of(new ChainLink("铝锭熔铸", ChainPosition.UPSTREAM, List.of("铝锭", "铝棒", "熔铸"), List.of()),
						new ChainLink("铝型材挤压", ChainPosition.MIDSTREAM, List.of("铝型材", "挤压"), List.of("清远华豪铝业")),
						new ChainLink("表面处理", ChainPosition.DOWNSTREAM, List.of("氧化", "喷涂"), List.of())));
	}

	// --- every type: schema resource, sample, exact shape

	@ParameterizedTest
	@EnumSource(EventType.class)
	void everyEventTypeHasASchemaResourceThatParsesAndIsAValidDraft202012Schema(EventType type) {
		JsonNode schema = schemaNode(type);
		assertThat(schema.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
		assertThat(schema.path("$id").asString())
			.isEqualTo("https://duijie.io/schemas/" + type.type() + ".schema.json");
		assertThat(schema.path("title").asString()).startsWith(type.payloadType().getSimpleName() + " (");
		assertThat(schema.path("description").asString()).contains(type.topic());
		assertThat(schema.path("additionalProperties").isMissingNode()).as("open at the top level").isTrue();
		assertThat(schema.toString()).as("self-contained").doesNotContain("\"$ref\":\"http").doesNotContain(".json#");
		Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
			.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
		assertThat(metaSchema.validate(schema)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void realisticEventSerialisedByJackson3IsValid(EventType type) {
		DuijieEvent event = sample(type);
		assertThat(EventType.of(event)).isEqualTo(type);
		byte[] json = MAPPER.writeValueAsBytes(event);

		assertThat(EventSchemas.validate(type.type(), json)).isEmpty();
		EventSchemas.assertValid(type.type(), json);
		JsonNode tree = MAPPER.readTree(json);
		assertThat(tree.has("key")).as("key() is not serialised").isFalse();
		assertThat(tree.path("occurredAt").asString()).isEqualTo("2025-06-18T09:30:00Z");
		assertThat(MAPPER.readValue(json, type.payloadType())).isEqualTo(event);
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void jackson3WritesExactlyTheRecordComponents(EventType type) {
		assertWritesComponents(type.type(), type.payloadType(), tree(type));
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void schemaPropertiesAndRequiredListAreExactlyTheRecordComponents(EventType type) {
		JsonNode schema = schemaNode(type);
		assertShape(type.type(), schema, type.payloadType());
		schema.path("$defs").properties().forEach((def) -> {
			assertThat(DEFS).as("known $defs").containsKey(def.getKey());
			assertShape(type.type() + " $defs/" + def.getKey(), def.getValue(), DEFS.get(def.getKey()));
		});
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void everyFieldButTheOptionalOnesIsRequiredAndOnlyNullableFieldsAcceptNull(EventType type) {
		ObjectNode valid = tree(type);
		List<Field> fields = new ArrayList<>();
		collectFields(type.payloadType(), valid, "", fields);
		assertThat(fields).hasSizeGreaterThanOrEqualTo(4);
		SoftAssertions softly = new SoftAssertions();
		for (Field field : fields) {
			List<String> errorsWhenAbsent = validate(type,
					mutate(valid, field.pointer(), (parent) -> parent.remove(field.name())));
			if (field.optional()) {
				softly.assertThat(errorsWhenAbsent)
					.as("%s without optional %s", type.type(), field.pointer())
					.isEmpty();
			}
			else {
				softly.assertThat(errorsWhenAbsent).as("%s without %s", type.type(), field.pointer()).isNotEmpty();
			}
			List<String> errorsWhenNull = validate(type,
					mutate(valid, field.pointer(), (parent) -> parent.putNull(field.name())));
			if (field.nullable() && !CONDITIONALLY_REQUIRED.contains(field.pointer())) {
				softly.assertThat(errorsWhenNull).as("%s with %s null", type.type(), field.pointer()).isEmpty();
			}
			else {
				softly.assertThat(errorsWhenNull).as("%s with %s null", type.type(), field.pointer()).isNotEmpty();
			}
		}
		softly.assertAll();
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void unknownPropertiesAreToleratedForAdditiveEvolution(EventType type) {
		ObjectNode event = tree(type);
		event.put("traceParent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
		assertThat(validate(type, event)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void occurredAtMustBeAnRfc3339DateTime(EventType type) {
		assertThat(validate(type, mutate(tree(type), "/occurredAt", (e) -> e.put("occurredAt", "2025-06-18 09:30"))))
			.isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/occurredAt", (e) -> e.put("occurredAt", 1750239000.0))))
			.as("epoch seconds, as Jackson 2 wrote by default")
			.isNotEmpty();
		assertThat(validate(type,
				mutate(tree(type), "/occurredAt", (e) -> e.put("occurredAt", "2025-06-18T17:30:00.123456789+08:00"))))
			.isEmpty();
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void eventIdMustNotBeEmpty(EventType type) {
		assertThat(validate(type, mutate(tree(type), "/eventId", (e) -> e.put("eventId", "")))).isNotEmpty();
	}

	// --- profiles

	@ParameterizedTest
	@ValueSource(strings = { "enterprise", "investor", "counterpart" })
	void withdrawalWithoutEventIdOrWithVersionZeroIsInvalid(String aggregate) {
		EventType type = EventType.ofType("io.duijie." + aggregate + ".profile.withdrawn.v1").orElseThrow();
		assertThat(validate(type, mutate(tree(type), "/eventId", (e) -> e.remove("eventId")))).singleElement()
			.asString()
			.startsWith("(root): ")
			.contains("eventId");
		assertThat(validate(type, mutate(tree(type), "/version", (e) -> e.put("version", 0)))).isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/version", (e) -> e.put("version", "3")))).isNotEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = EventType.class, names = ".*_WITHDRAWN", mode = EnumSource.Mode.MATCH_ANY)
	void aTombstoneIsNotAnEvent(EventType type) {
		assertThat(EventSchemas.validate(type.type(), null)).singleElement().asString().contains("tombstone");
		assertThat(EventSchemas.validate(type.type(), "null".getBytes(StandardCharsets.UTF_8))).isNotEmpty();
		assertThat(EventSchemas.validate(type.type(), new byte[0])).isNotEmpty();
	}

	@Test
	void aMergedEnterpriseIsWithdrawnWithAPointerToItsSurvivorAndOlderRecordsStayValid() {
		EventType type = EventType.ENTERPRISE_PROFILE_WITHDRAWN;
		EnterpriseProfileWithdrawn merged = new EnterpriseProfileWithdrawn("a1b2c3d4-0000-4000-8000-000000000001", AT,
				ENTERPRISE_ID, 3, "ent-91440605MA4UH8K2XX", "staff-qy-017", "同一企业以繁体名称重复录入");
		byte[] json = MAPPER.writeValueAsBytes(merged);
		EventSchemas.assertValid(type.type(), json);
		assertThat(MAPPER.readValue(json, EnterpriseProfileWithdrawn.class)).isEqualTo(merged);
		assertThat(validate(type,
				mutate((ObjectNode) MAPPER.readTree(json), "/mergedInto", (w) -> w.put("mergedInto", ""))))
			.isNotEmpty();
		// a record from before the fields existed reads as a plain withdrawal
		ObjectNode old = mutate(tree(type), "/mergedInto", (w) -> w.remove(List.of("mergedInto", "by", "note")));
		assertThat(validate(type, old)).isEmpty();
		assertThat(MAPPER.treeToValue(old, EnterpriseProfileWithdrawn.class).mergedInto()).isNull();
		// and a profile from before aliases existed has none
		ObjectNode profile = mutate(tree(EventType.ENTERPRISE_PROFILE_SUBMITTED), "/profile/aliases",
				(p) -> p.remove("aliases"));
		assertThat(validate(EventType.ENTERPRISE_PROFILE_SUBMITTED, profile)).isEmpty();
		assertThat(MAPPER.treeToValue(profile, EnterpriseProfileSubmitted.class).profile().aliases()).isNull();
	}

	@Test
	void enterpriseWithBadEnumsIsInvalid() {
		EventType type = EventType.ENTERPRISE_PROFILE_SUBMITTED;
		assertThat(validate(type, mutate(tree(type), "/profile/identityType", (p) -> p.put("identityType", "TW_CR"))))
			.isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/profile/stage", (p) -> p.put("stage", "UNICORN")))).isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/profile/stage", (p) -> p.put("stage", "growth")))).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "4406", "4406050", "44060A", "４４０６０５", "" })
	void badGbt2260RegionCodeIsInvalid(String code) {
		EventType enterprise = EventType.ENTERPRISE_PROFILE_SUBMITTED;
		assertThat(validate(enterprise, mutate(tree(enterprise), "/profile/region/code", (r) -> r.put("code", code))))
			.singleElement()
			.asString()
			.contains("/profile/region/code");
		EventType counterpart = EventType.COUNTERPART_PROFILE_SUBMITTED;
		assertThat(validate(counterpart, mutate(tree(counterpart), "/profile/region/code", (r) -> r.put("code", code))))
			.isNotEmpty();
		EventType investor = EventType.INVESTOR_PROFILE_SUBMITTED;
		assertThat(validate(investor,
				mutate(tree(investor), "/profile/regionCodes", (p) -> p.withArray("regionCodes").add(code))))
			.isNotEmpty();
	}

	@Test
	void hongKongAndMacauRegionsAreValid() {
		EventType type = EventType.ENTERPRISE_PROFILE_SUBMITTED;
		ObjectNode event = mutate(tree(type), "/profile/region", (r) -> r.put("code", "810000").put("name", "香港特别行政区"));
		event = mutate(event, "/profile/identityType",
				(p) -> p.put("identityType", "HK_CR").put("creditCode", "3086352"));
		assertThat(validate(type, event)).isEmpty();
		event = mutate(event, "/profile/region", (r) -> r.put("code", "820000").put("name", "澳门特别行政区"));
		event = mutate(event, "/profile/identityType",
				(p) -> p.put("identityType", "MO_CR").put("creditCode", "80123"));
		assertThat(validate(type, event)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "91440605MA4UH8K2X", "91440605MA4UH8K2XWW", "91440605ma4uh8k2xw", "914406O5MA4UH8K2XW",
			"91440605MA4UH8K2XI", "91440605MA4UH8K2XS", "3086352" })
	void malformedUnifiedSocialCreditCodeIsInvalid(String creditCode) {
		EventType type = EventType.ENTERPRISE_PROFILE_SUBMITTED;
		assertThat(validate(type, mutate(tree(type), "/profile/creditCode", (p) -> p.put("creditCode", creditCode))))
			.isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "铝型材", "C325A", "Z32", "C32521", "3" })
	void badIndustryCodeIsInvalid(String code) {
		EventType type = EventType.ENTERPRISE_PROFILE_SUBMITTED;
		assertThat(validate(type,
				mutate(tree(type), "/profile/industryCodes", (p) -> p.withArray("industryCodes").add(code))))
			.isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "C", "C32", "C325", "C3252", "32", "3252" })
	void gbt4754CodesAtEveryLevelAreValid(String code) {
		EventType type = EventType.ENTERPRISE_PROFILE_SUBMITTED;
		assertThat(validate(type,
				mutate(tree(type), "/profile/industryCodes", (p) -> p.putArray("industryCodes").add(code))))
			.isEmpty();
	}

	@Test
	void duplicateIndustryCodesAreInvalid() {
		EventType type = EventType.ENTERPRISE_PROFILE_SUBMITTED;
		assertThat(validate(type,
				mutate(tree(type), "/profile/industryCodes", (p) -> p.withArray("industryCodes").add("C3252"))))
			.isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "chenzq", "陈志强@", "chenzq@@huaxin-alu.example.cn", "chen zq@huaxin-alu.example.cn" })
	void badEmailIsInvalid(String email) {
		EventType type = EventType.ENTERPRISE_PROFILE_SUBMITTED;
		assertThat(validate(type, mutate(tree(type), "/profile/contact/email", (c) -> c.put("email", email))))
			.singleElement()
			.asString()
			.contains("email");
	}

	@Test
	void negativeNeedsAreInvalid() {
		EventType type = EventType.ENTERPRISE_PROFILE_SUBMITTED;
		assertThat(validate(type, mutate(tree(type), "/profile/needs/fundingCny", (n) -> n.put("fundingCny", -1))))
			.isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/profile/needs/landAreaM2", (n) -> n.put("landAreaM2", 66.7))))
			.as("integers only")
			.isNotEmpty();
	}

	@ParameterizedTest
	@EnumSource(EnterpriseSize.class)
	void everyEnterpriseSizeIsValid(EnterpriseSize size) {
		EventType type = EventType.ENTERPRISE_PROFILE_SUBMITTED;
		ObjectNode event = mutate(tree(type), "/profile/size", (p) -> p.put("size", size.name()));
		assertThat(validate(type, event)).isEmpty();
		assertThat(MAPPER.treeToValue(event, EnterpriseProfileSubmitted.class).profile().size()).isEqualTo(size);
	}

	@ParameterizedTest
	@ValueSource(strings = { "HUGE", "small", "SME", "" })
	void unknownEnterpriseSizeIsInvalid(String size) {
		EventType type = EventType.ENTERPRISE_PROFILE_SUBMITTED;
		assertThat(validate(type, mutate(tree(type), "/profile/size", (p) -> p.put("size", size)))).singleElement()
			.asString()
			.contains("/profile/size");
	}

	@Test
	void negativeOrFractionalPowerAndNegativeRentAreInvalid() {
		EventType type = EventType.ENTERPRISE_PROFILE_SUBMITTED;
		assertThat(validate(type, mutate(tree(type), "/profile/needs/powerKva", (n) -> n.put("powerKva", -1))))
			.singleElement()
			.asString()
			.contains("/profile/needs/powerKva");
		assertThat(validate(type, mutate(tree(type), "/profile/needs/powerKva", (n) -> n.put("powerKva", 2500.5))))
			.as("integers only")
			.isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/profile/needs/powerKva", (n) -> n.put("powerKva", "2500"))))
			.isNotEmpty();
		assertThat(validate(type,
				mutate(tree(type), "/profile/needs/maxRentCnyPerM2Month", (n) -> n.put("maxRentCnyPerM2Month", -0.5))))
			.singleElement()
			.asString()
			.contains("/profile/needs/maxRentCnyPerM2Month");
		assertThat(validate(type,
				mutate(tree(type), "/profile/needs/powerKva",
						(n) -> n.put("powerKva", 0).put("maxRentCnyPerM2Month", 0))))
			.as("zero and whole numbers are fine")
			.isEmpty();
	}

	/**
	 * Records written before size, powerKva, maxRentCnyPerM2Month and chainLinks existed
	 * stay valid and read back with null (or no chain links).
	 */
	@Test
	void profilesWrittenBeforeTheMatchingEngineFieldsAreValidAndReadBack() {
		EventType enterprise = EventType.ENTERPRISE_PROFILE_SUBMITTED;
		ObjectNode old = mutate(tree(enterprise), "/profile/size", (p) -> p.remove("size"));
		old = mutate(old, "/profile/needs/powerKva", (n) -> {
			n.remove("powerKva");
			n.remove("maxRentCnyPerM2Month");
		});
		assertThat(validate(enterprise, old)).isEmpty();
		EnterpriseProfile profile = MAPPER.treeToValue(old, EnterpriseProfileSubmitted.class).profile();
		assertThat(profile.size()).isNull();
		assertThat(profile.needs().powerKva()).isNull();
		assertThat(profile.needs().maxRentCnyPerM2Month()).isNull();
		assertThat(profile.needs().factoryAreaM2()).isEqualTo(20_000L);

		EventType counterpart = EventType.COUNTERPART_PROFILE_SUBMITTED;
		ObjectNode oldCluster = mutate(tree(counterpart), "/profile/chainLinks", (p) -> p.remove("chainLinks"));
		assertThat(validate(counterpart, oldCluster)).isEmpty();
		CounterpartProfile cluster = MAPPER.treeToValue(oldCluster, CounterpartProfileSubmitted.class).profile();
		assertThat(cluster.chainLinks()).isNotNull().isEmpty();
		assertThat(cluster.keywords()).contains("铝型材");
	}

	@Test
	void investorWithBadStagesOrTicketsIsInvalid() {
		EventType type = EventType.INVESTOR_PROFILE_SUBMITTED;
		assertThat(validate(type, mutate(tree(type), "/profile/stages", (p) -> p.withArray("stages").add("IPO"))))
			.isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/profile/stages", (p) -> p.withArray("stages").add("GROWTH"))))
			.as("duplicate stage")
			.isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/profile/ticketMinCny", (p) -> p.put("ticketMinCny", -5))))
			.isNotEmpty();
	}

	@Test
	void spaceCounterpartNeedsItsSpace() {
		EventType type = EventType.COUNTERPART_PROFILE_SUBMITTED;
		ObjectNode spaceWithout = mutate(tree(type), "/profile/kind",
				(p) -> p.put("kind", "SPACE").putArray("chainLinks"));
		assertThat(validate(type, spaceWithout)).isNotEmpty();

		ObjectNode factory = mutate(spaceWithout, "/profile/space",
				(p) -> p.putObject("space")
					.put("type", "FACTORY")
					.put("areaM2", 12_000)
					.put("priceCnyPerM2Month", 12.5));
		assertThat(validate(type, factory)).isEmpty();
		assertThat(validate(type,
				mutate(factory, "/profile/space/priceCnyPerM2Month", (s) -> s.putNull("priceCnyPerM2Month"))))
			.isEmpty();
		assertThat(validate(type, mutate(factory, "/profile/space/type", (s) -> s.put("type", "WAREHOUSE"))))
			.isNotEmpty();
		assertThat(validate(type, mutate(factory, "/profile/space/areaM2", (s) -> s.put("areaM2", 0)))).isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/profile/kind", (p) -> p.put("kind", "FUND")))).isNotEmpty();
	}

	@ParameterizedTest
	@EnumSource(SpaceType.class)
	void everySpaceTypeWithPowerIsValid(SpaceType spaceType) {
		EventType type = EventType.COUNTERPART_PROFILE_SUBMITTED;
		ObjectNode space = mutate(tree(type), "/profile/kind", (p) -> {
			p.put("kind", "SPACE").putArray("chainLinks");
			p.putObject("space")
				.put("type", spaceType.name())
				.put("areaM2", 3_000)
				.put("priceCnyPerM2Month", 25.0)
				.put("powerKva", 800);
		});
		assertThat(validate(type, space)).isEmpty();
		Space read = MAPPER.treeToValue(space, CounterpartProfileSubmitted.class).profile().space();
		assertThat(read).isEqualTo(new Space(spaceType, 3_000, 25.0, 800L));
	}

	@Test
	void spacePowerMustBeAWholeNumberOfKvaAndNotNegative() {
		EventType type = EventType.COUNTERPART_PROFILE_SUBMITTED;
		ObjectNode makerspace = mutate(tree(type), "/profile/kind",
				(p) -> p.put("kind", "SPACE").putArray("chainLinks"));
		makerspace = mutate(makerspace, "/profile/space",
				(p) -> p.putObject("space")
					.put("type", "MAKERSPACE")
					.put("areaM2", 1_200)
					.putNull("priceCnyPerM2Month")
					.putNull("powerKva"));
		assertThat(validate(type, makerspace)).isEmpty();
		assertThat(validate(type, mutate(makerspace, "/profile/space/powerKva", (s) -> s.remove("powerKva"))))
			.as("optional")
			.isEmpty();
		assertThat(validate(type, mutate(makerspace, "/profile/space/powerKva", (s) -> s.put("powerKva", -1))))
			.isNotEmpty()
			.allSatisfy((error) -> assertThat(error).startsWith("/profile/space"))
			.anySatisfy((error) -> assertThat(error).contains("/profile/space/powerKva"));
		assertThat(validate(type, mutate(makerspace, "/profile/space/powerKva", (s) -> s.put("powerKva", 0.5))))
			.isNotEmpty();
		assertThat(validate(type, mutate(makerspace, "/profile/space/type", (s) -> s.put("type", "CO_WORKING"))))
			.isNotEmpty();
	}

	@Test
	void chainLinksWithBadPositionOrWithoutNameAreInvalid() {
		EventType type = EventType.COUNTERPART_PROFILE_SUBMITTED;
		assertThat(validate(type,
				mutate(tree(type), "/profile/chainLinks/0/position", (l) -> l.put("position", "SIDESTREAM"))))
			.singleElement()
			.asString()
			.contains("/profile/chainLinks/0/position");
		assertThat(validate(type,
				mutate(tree(type), "/profile/chainLinks/0/position", (l) -> l.put("position", "upstream"))))
			.isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/profile/chainLinks/1/name", (l) -> l.remove("name"))))
			.isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/profile/chainLinks/1/name", (l) -> l.put("name", ""))))
			.isNotEmpty();
		assertThat(validate(type,
				mutate(tree(type), "/profile/chainLinks/1/residents", (l) -> l.withArray("residents").add(""))))
			.isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/profile/chainLinks", (p) -> p.put("chainLinks", "铝锭熔铸"))))
			.isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "INSTITUTION", "SPACE" })
	void onlyAClusterHasChainLinks(String kind) {
		EventType type = EventType.COUNTERPART_PROFILE_SUBMITTED;
		ObjectNode other = mutate(tree(type), "/profile/kind", (p) -> p.put("kind", kind));
		other = mutate(other, "/profile/space",
				(p) -> p.putObject("space").put("type", "LAB").put("areaM2", 500).putNull("priceCnyPerM2Month"));
		assertThat(validate(type, other)).as("%s with chain links", kind).isNotEmpty();
		assertThat(validate(type, mutate(other, "/profile/chainLinks", (p) -> p.putArray("chainLinks"))))
			.as("%s without chain links", kind)
			.isEmpty();
	}

	@Test
	void aChainLinkWithoutKeywordsOrResidentsReadsAsAGap() {
		ChainLink link = MAPPER.readValue("{\"name\":\"铝锭熔铸\",\"position\":\"UPSTREAM\"}", ChainLink.class);
		assertThat(link.keywords()).isEmpty();
		assertThat(link.residents()).isEmpty();
		assertThat(link.isGap()).isTrue();
		assertThat(cluster().chainLinks()).filteredOn(ChainLink::isGap)
			.extracting(ChainLink::name)
			.containsExactly("铝锭熔铸", "表面处理");
	}

	// --- matches and notifications

	@ParameterizedTest
	@ValueSource(doubles = { 1.5, -0.01, 1.0000001 })
	void scoreOutsideZeroToOneIsInvalid(double score) {
		EventType type = EventType.MATCH_PROPOSED;
		assertThat(validate(type, mutate(tree(type), "/score", (m) -> m.put("score", score)))).singleElement()
			.asString()
			.contains("/score");
		assertThat(validate(type, mutate(tree(type), "/reasons/0/contribution", (r) -> r.put("contribution", score))))
			.isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(doubles = { 0.0, 1.0 })
	void scoreBoundsAreValid(double score) {
		EventType type = EventType.MATCH_PROPOSED;
		assertThat(validate(type, mutate(tree(type), "/score", (m) -> m.put("score", score)))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "e2p1", "v1", "e0-p1", "e2-p", "E2-P1", "e2-p1 " })
	void badRevisionIsInvalid(String revision) {
		for (EventType type : List.of(EventType.MATCH_PROPOSED, EventType.NOTIFICATION_DELIVERED)) {
			assertThat(validate(type, mutate(tree(type), "/revision", (m) -> m.put("revision", revision))))
				.as(type.type())
				.isNotEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "ent-91440605MA4UH8K2XW", "~cp-1", "ent-1~", "" })
	void matchIdWithoutBothSidesIsInvalid(String matchId) {
		for (EventType type : List.of(EventType.MATCH_PROPOSED, EventType.MATCH_RETRACTED,
				EventType.MATCH_FEEDBACK_GIVEN, EventType.MATCH_ACCEPTED, EventType.NOTIFICATION_DELIVERED)) {
			assertThat(validate(type, mutate(tree(type), "/matchId", (m) -> m.put("matchId", matchId)))).as(type.type())
				.isNotEmpty();
		}
	}

	@Test
	void matchProposedWithBadEnumsOrReasonsIsInvalid() {
		EventType type = EventType.MATCH_PROPOSED;
		assertThat(validate(type, mutate(tree(type), "/partnerType", (m) -> m.put("partnerType", "FUND"))))
			.isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/partnerKind", (m) -> m.put("partnerKind", "CLUSTER"))))
			.isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/reasons", (m) -> m.putArray("reasons"))))
			.as("every match has a reason")
			.isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/reasons/0/factor", (r) -> r.put("factor", "Industry Code"))))
			.isNotEmpty();
	}

	@Test
	void partnerKindIsSetForCounterpartsAndNullForInvestors() {
		EventType type = EventType.MATCH_PROPOSED;
		ObjectNode investorMatch = mutate(tree(type), "/partnerType",
				(m) -> m.put("partnerType", "INVESTOR")
					.put("partnerId", INVESTOR_ID)
					.put("matchId", MatchEvent.matchId(ENTERPRISE_ID, INVESTOR_ID))
					.put("partnerName", "粤科清远创新创业投资基金")
					.putNull("parkName")
					.putNull("partnerKind"));
		assertThat(validate(type, investorMatch)).isEmpty();
		assertThat(validate(type, mutate(investorMatch, "/partnerKind", (m) -> m.put("partnerKind", "SPACE"))))
			.isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/partnerKind", (m) -> m.putNull("partnerKind")))).isNotEmpty();
	}

	@Test
	void matchRetractedWithBadReasonIsInvalid() {
		EventType type = EventType.MATCH_RETRACTED;
		assertThat(validate(type, mutate(tree(type), "/reason", (m) -> m.put("reason", "EXPIRED")))).isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/reason", (m) -> m.put("reason", "declined")))).isNotEmpty();
	}

	@ParameterizedTest
	@EnumSource(RetractionReason.class)
	void everyRetractionReasonIsValid(RetractionReason reason) {
		EventType type = EventType.MATCH_RETRACTED;
		ObjectNode event = mutate(tree(type), "/reason", (m) -> m.put("reason", reason.name()));
		assertThat(validate(type, event)).isEmpty();
		assertThat(MAPPER.treeToValue(event, MatchRetracted.class).reason()).isEqualTo(reason);
	}

	@Test
	void matchFeedbackIsKeyedByMatchAndSideOnItsOwnTopic() {
		MatchFeedbackGiven feedback = (MatchFeedbackGiven) sample(EventType.MATCH_FEEDBACK_GIVEN);
		assertThat(feedback.key()).isEqualTo(MATCH_ID + "/ENTERPRISE");
		assertThat(MatchFeedbackGiven.key(MATCH_ID, Side.PARTNER)).isEqualTo(MATCH_ID + "/PARTNER");
		assertThat(EventType.MATCH_FEEDBACK_GIVEN.topic()).isEqualTo(Topics.MATCH_FEEDBACK).isEqualTo("match-feedback");
		assertThat(EventType.MATCH_FEEDBACK_GIVEN.type()).isEqualTo("io.duijie.match.feedback.given.v1");
	}

	@Test
	void matchFeedbackWithBadSideDecisionOrReasonIsInvalid() {
		EventType type = EventType.MATCH_FEEDBACK_GIVEN;
		assertThat(validate(type, mutate(tree(type), "/side", (f) -> f.put("side", "PARK")))).singleElement()
			.asString()
			.contains("/side");
		assertThat(validate(type, mutate(tree(type), "/decision", (f) -> f.put("decision", "MAYBE")))).isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/decision", (f) -> f.put("decision", "accept")))).isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/partnerType", (f) -> f.put("partnerType", "FUND"))))
			.isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/reason", (f) -> f.put("reason", "")))).as("blank is null")
			.isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/decision", (f) -> f.remove("decision")))).singleElement()
			.asString()
			.contains("decision");
	}

	@Test
	void partnerSideDeclineWithoutReasonOrRecorderIsValid() {
		EventType type = EventType.MATCH_FEEDBACK_GIVEN;
		ObjectNode declined = mutate(tree(type), "/side",
				(f) -> f.put("side", "PARTNER").put("decision", "DECLINE").putNull("reason").putNull("by"));
		assertThat(validate(type, declined)).isEmpty();
		MatchFeedbackGiven read = MAPPER.treeToValue(declined, MatchFeedbackGiven.class);
		assertThat(read.decision()).isEqualTo(Decision.DECLINE);
		assertThat(read.key()).isEqualTo(MATCH_ID + "/PARTNER");
	}

	@Test
	void matchAcceptedIsKeyedByMatchIdOnItsOwnTopic() {
		assertThat(sample(EventType.MATCH_ACCEPTED).key()).isEqualTo(MATCH_ID);
		assertThat(EventType.MATCH_ACCEPTED.topic()).isEqualTo(Topics.MATCH_ACCEPTANCES).isEqualTo("match-acceptances");
		assertThat(EventType.MATCH_ACCEPTED.type()).isEqualTo("io.duijie.match.accepted.v1");
	}

	@Test
	void matchAcceptedWithBadScoreOrPartnerIsInvalid() {
		EventType type = EventType.MATCH_ACCEPTED;
		assertThat(validate(type, mutate(tree(type), "/score", (m) -> m.put("score", 1.2)))).singleElement()
			.asString()
			.contains("/score");
		assertThat(validate(type, mutate(tree(type), "/score", (m) -> m.put("score", -0.1)))).isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/partnerType", (m) -> m.put("partnerType", "FUND"))))
			.isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/partnerKind", (m) -> m.putNull("partnerKind"))))
			.as("a counterpart has a kind")
			.isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/enterpriseName", (m) -> m.remove("enterpriseName"))))
			.isNotEmpty();
		ObjectNode investorMatch = mutate(tree(type), "/partnerType",
				(m) -> m.put("partnerType", "INVESTOR")
					.put("partnerId", INVESTOR_ID)
					.put("matchId", MatchEvent.matchId(ENTERPRISE_ID, INVESTOR_ID))
					.put("partnerName", "粤科清远创新创业投资基金")
					.putNull("parkName")
					.putNull("partnerKind"));
		assertThat(validate(type, investorMatch)).isEmpty();
		assertThat(validate(type, mutate(investorMatch, "/partnerKind", (m) -> m.put("partnerKind", "SPACE"))))
			.isNotEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = EventType.class, names = { "MEETING_SCHEDULED", "MEETING_MOVED", "MEETING_CANCELLED" })
	void meetingEventsAreKeyedByMeetingIdOnTheFairMeetingsTopic(EventType type) {
		assertThat(sample(type).key()).isEqualTo("mtg-2025-fs-0042");
		assertThat(type.topic()).isEqualTo(Topics.FAIR_MEETINGS).isEqualTo("fair-meetings");
		assertThat(type.type()).startsWith("io.duijie.fair.meeting.").endsWith(".v1");
		assertThat(sample(type)).isInstanceOf(MeetingEvent.class);
	}

	@ParameterizedTest
	@EnumSource(value = EventType.class, names = { "MEETING_SCHEDULED", "MEETING_MOVED", "MEETING_CANCELLED" })
	void meetingWithBadSequenceKindOrTooFewParticipantsIsInvalid(EventType type) {
		assertThat(validate(type, mutate(tree(type), "/meeting/sequence", (m) -> m.put("sequence", -1))))
			.singleElement()
			.asString()
			.contains("/meeting/sequence");
		assertThat(validate(type, mutate(tree(type), "/meeting/sequence", (m) -> m.put("sequence", 1.5)))).isNotEmpty();
		assertThat(
				validate(type, mutate(tree(type), "/meeting/participants/0/kind", (p) -> p.put("kind", "enterprise"))))
			.isNotEmpty();
		assertThat(validate(type,
				mutate(tree(type), "/meeting/participants", (m) -> m.withArray("participants").remove(1))))
			.as("a meeting needs two sides")
			.isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/meeting/start", (m) -> m.put("start", "2025-06-20 10:00"))))
			.isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/meeting/matchId", (m) -> m.put("matchId", "ent-1"))))
			.isNotEmpty();
	}

	@Test
	void meetingCancelledWithoutReasonIsValid() {
		EventType type = EventType.MEETING_CANCELLED;
		ObjectNode cancelled = mutate(tree(type), "/reason", (c) -> c.putNull("reason"));
		assertThat(validate(type, cancelled)).isEmpty();
		assertThat(MAPPER.treeToValue(cancelled, MeetingCancelled.class).meeting().sequence()).isEqualTo(2);
		assertThat(validate(type, mutate(tree(type), "/reason", (c) -> c.put("reason", "")))).isNotEmpty();
	}

	// --- fair outcomes

	@ParameterizedTest
	@EnumSource(value = EventType.class,
			names = { "MEETING_CHECKED_IN", "MEETING_OUTCOME_RECORDED", "FAIR_SCHEDULE_PUBLISHED" })
	void fairOutcomesTravelOnTheirOwnTopicKeyedByMeetingOrFair(EventType type) {
		DuijieEvent event = sample(type);
		assertThat(event).isInstanceOf(FairOutcomeEvent.class);
		assertThat(type.topic()).isEqualTo(Topics.FAIR_OUTCOMES).isEqualTo("fair-outcomes");
		assertThat(type.type()).startsWith("io.duijie.fair.").endsWith(".v1");
		assertThat(((FairOutcomeEvent) event).fairId()).isEqualTo("fair-2025-foshan");
		assertThat(event.key())
			.isEqualTo((type == EventType.FAIR_SCHEDULE_PUBLISHED) ? "fair-2025-foshan" : "mtg-2025-fs-0042");
	}

	@Test
	void checkInWithBadStatusOrTooFewParticipantsIsInvalid() {
		EventType type = EventType.MEETING_CHECKED_IN;
		assertThat(validate(type, mutate(tree(type), "/status", (m) -> m.put("status", "NO_SHOW")))).isEmpty();
		assertThat(validate(type, mutate(tree(type), "/status", (m) -> m.put("status", "ABSENT")))).singleElement()
			.asString()
			.contains("/status");
		assertThat(validate(type, mutate(tree(type), "/participants", (m) -> m.withArray("participants").remove(1))))
			.as("a meeting needs two sides")
			.isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/participants/0/kind", (p) -> p.put("kind", "FUND"))))
			.isNotEmpty();
	}

	@Test
	void outcomeWithBadIntentOrMatchIdIsInvalid() {
		EventType type = EventType.MEETING_OUTCOME_RECORDED;
		assertThat(validate(type, mutate(tree(type), "/intent", (m) -> m.put("intent", "NONE").putNull("nextStep"))))
			.isEmpty();
		assertThat(validate(type, mutate(tree(type), "/intent", (m) -> m.put("intent", "high")))).isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/matchId", (m) -> m.put("matchId", "ent-1")))).isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/nextStep", (m) -> m.put("nextStep", "")))).isNotEmpty();
	}

	@Test
	void schedulePublishedWithBadDateOrCountsIsInvalid() {
		EventType type = EventType.FAIR_SCHEDULE_PUBLISHED;
		assertThat(validate(type, mutate(tree(type), "/date", (m) -> m.put("date", "2025-06-20T09:00:00Z"))))
			.isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/date", (m) -> m.put("date", "20250620")))).isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/version", (m) -> m.put("version", 0)))).isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/requested", (m) -> m.put("requested", -1)))).isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/scheduled", (m) -> m.put("scheduled", 0)))).isEmpty();
	}

	@Test
	void notificationWithBadChannelStatusOrIdIsInvalid() {
		EventType type = EventType.NOTIFICATION_DELIVERED;
		assertThat(validate(type, mutate(tree(type), "/channel", (n) -> n.put("channel", "SMS")))).isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/status", (n) -> n.put("status", "SENT")))).isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/recipientType", (n) -> n.put("recipientType", "PARK"))))
			.isNotEmpty();
		assertThat(validate(type, mutate(tree(type), "/notificationId", (n) -> n.put("notificationId", "n-1"))))
			.isNotEmpty();
		assertThat(validate(type,
				mutate(tree(type), "/notificationId",
						(n) -> n.put("notificationId", MATCH_ID + "/" + REVISION + "/" + ENTERPRISE_ID + "/SMS"))))
			.isNotEmpty();
		assertThat(
				validate(type,
						mutate(tree(type), "/detail",
								(n) -> n.put("status", "FAILED").put("detail", "SMTP 550: mailbox unavailable"))))
			.isEmpty();
	}

	// --- leads

	@Test
	void leadEventsRejectUnknownStagesAmountsOfZeroAndVersionZero() {
		EventType stage = EventType.LEAD_STAGE_CHANGED;
		assertThat(validate(stage, mutate(tree(stage), "/to", (e) -> e.put("to", "WON")))).isNotEmpty();
		assertThat(validate(stage, mutate(tree(stage), "/to", (e) -> e.put("to", "signed")))).isNotEmpty();
		assertThat(validate(stage, mutate(tree(stage), "/version", (e) -> e.put("version", 0)))).isNotEmpty();
		assertThat(validate(stage, mutate(tree(stage), "/note", (e) -> e.put("note", "")))).isNotEmpty();
		EventType amount = EventType.LEAD_AMOUNT_RECORDED;
		assertThat(validate(amount, mutate(tree(amount), "/amountCny", (e) -> e.put("amountCny", 0)))).isNotEmpty();
		assertThat(validate(amount, mutate(tree(amount), "/amountCny", (e) -> e.put("amountCny", 1.5)))).isNotEmpty();
		assertThat(validate(amount, mutate(tree(amount), "/kind", (e) -> e.put("kind", "PLEDGED")))).isNotEmpty();
		EventType registered = EventType.LEAD_REGISTERED;
		assertThat(validate(registered, mutate(tree(registered), "/city", (e) -> e.putNull("city")))).isEmpty();
		assertThat(validate(registered, mutate(tree(registered), "/city/code", (c) -> c.put("code", "4406"))))
			.isNotEmpty();
		assertThat(validate(registered, mutate(tree(registered), "/source", (e) -> e.put("source", "PHONE"))))
			.isNotEmpty();
		assertThat(validate(registered, mutate(tree(registered), "/matchId", (e) -> e.put("matchId", "m-1"))))
			.isNotEmpty();
	}

	// --- the validator itself

	@Test
	void unknownCeTypeIsOneError() {
		assertThat(EventSchemas.validate("io.duijie.meeting.scheduled.v1", "{}".getBytes(StandardCharsets.UTF_8)))
			.singleElement()
			.asString()
			.contains("io.duijie.meeting.scheduled.v1");
	}

	@Test
	void malformedJsonIsReportedNotThrown() {
		String type = EventType.MATCH_RETRACTED.type();
		assertThat(EventSchemas.validate(type, "{\"eventId\":".getBytes(StandardCharsets.UTF_8))).singleElement()
			.asString()
			.startsWith("Not JSON");
		byte[] twoDocuments = (new String(MAPPER.writeValueAsBytes(sample(EventType.MATCH_RETRACTED)),
				StandardCharsets.UTF_8) + " {}")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(EventSchemas.validate(type, twoDocuments)).singleElement().asString().startsWith("Not JSON");
	}

	@Test
	void assertValidListsEveryError() {
		EventType type = EventType.MATCH_PROPOSED;
		ObjectNode broken = mutate(tree(type), "/score", (m) -> m.put("score", 1.5).remove("revision"));
		byte[] json = MAPPER.writeValueAsBytes(broken);
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> EventSchemas.assertValid(type.type(), json))
			.withMessageContaining(type.type())
			.withMessageContaining("/score")
			.withMessageContaining("revision");
	}

	// --- helpers

	private static JsonNode schemaNode(EventType type) {
		try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
			assertThat(in).as("classpath resource %s", type.schemaResource()).isNotNull();
			return MAPPER.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void assertShape(String what, JsonNode schema, Class<?> record) {
		List<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
		List<String> properties = new ArrayList<>(schema.path("properties").propertyNames());
		List<String> required = schema.path("required").valueStream().map(JsonNode::asString).toList();
		Set<String> optional = OPTIONAL.getOrDefault(record, Set.of());
		assertThat(properties).as("%s properties", what).containsExactlyElementsOf(components);
		assertThat(required).as("%s required", what)
			.containsExactlyElementsOf(components.stream().filter((c) -> !optional.contains(c)).toList());
		assertThat(schema.path("type").asString()).as("%s type", what).isEqualTo("object");
		assertThat(schema.path("additionalProperties").isMissingNode()).as("%s open", what).isTrue();
	}

	/**
	 * The object's properties are the record's components, recursively: no derived
	 * accessor such as {@code isGap()} leaks onto the wire.
	 */
	private static void assertWritesComponents(String what, Class<?> record, JsonNode node) {
		List<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
		assertThat(node.propertyNames()).as("%s properties", what).containsExactlyElementsOf(components);
		for (RecordComponent component : record.getRecordComponents()) {
			JsonNode value = node.path(component.getName());
			if (component.getType().isRecord() && value.isObject()) {
				assertWritesComponents(what + "/" + component.getName(), component.getType(), value);
			}
			if (component.getType() == List.class && component.getGenericType() instanceof ParameterizedType list
					&& list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
				for (JsonNode item : value) {
					assertWritesComponents(what + "/" + component.getName() + "[]", element, item);
				}
			}
		}
	}

	private record Field(String pointer, String name, boolean nullable, boolean optional) {
	}

	/**
	 * Every component of the record, recursively through nested records and lists of
	 * records.
	 */
	private static void collectFields(Class<?> record, JsonNode node, String pointer, List<Field> fields) {
		for (RecordComponent component : record.getRecordComponents()) {
			String path = pointer + "/" + component.getName();
			boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class);
			boolean optional = OPTIONAL.getOrDefault(record, Set.of()).contains(component.getName());
			fields.add(new Field(path, component.getName(), nullable, optional));
			JsonNode value = node.path(component.getName());
			if (component.getType().isRecord() && value.isObject()) {
				collectFields(component.getType(), value, path, fields);
			}
			if (component.getType() == List.class && value.isArray() && !value.isEmpty()
					&& component.getGenericType() instanceof ParameterizedType list
					&& list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
				collectFields(element, value.get(0), path + "/0", fields);
			}
		}
	}

	private static ObjectNode tree(EventType type) {
		return (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsBytes(sample(type)));
	}

	/**
	 * A copy of {@code event} with {@code change} applied to the object that holds the
	 * field at {@code pointer}.
	 */
	private static ObjectNode mutate(ObjectNode event, String pointer, Consumer<ObjectNode> change) {
		ObjectNode copy = event.deepCopy();
		JsonNode parent = copy.at(JsonPointer.compile(pointer).head());
		assertThat(parent.isObject()).as("object at %s", pointer).isTrue();
		change.accept((ObjectNode) parent);
		return copy;
	}

	private static List<String> validate(EventType type, JsonNode event) {
		return EventSchemas.validate(type.type(), MAPPER.writeValueAsBytes(event));
	}

}
