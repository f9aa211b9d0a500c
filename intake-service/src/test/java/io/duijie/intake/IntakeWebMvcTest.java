package io.duijie.intake;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.duijie.contracts.ChainLink;
import io.duijie.contracts.ChainLink.ChainPosition;
import io.duijie.contracts.CounterpartProfile;
import io.duijie.contracts.CounterpartProfileSubmitted;
import io.duijie.contracts.DuijieEvent;
import io.duijie.contracts.EnterpriseProfile;
import io.duijie.contracts.EnterpriseProfileSubmitted;
import io.duijie.contracts.EnterpriseSize;
import io.duijie.contracts.IdentityType;
import io.duijie.contracts.Space;
import io.duijie.contracts.SpaceType;
import io.duijie.contracts.InvestorProfileSubmitted;
import io.duijie.intake.profiles.BrokerUnavailableException;
import io.duijie.intake.profiles.IntakeEventPublisher;
import io.duijie.intake.profiles.IntakeMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.redis.test.autoconfigure.AutoConfigureDataRedis;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The HTTP contract on the MVC slice: validation, problem details in two languages, the
 * body limits. The services and the Redis store are real (the test-support Redis); only
 * the event publisher is a mock, here and nowhere else.
 */
@WebMvcTest(includeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION,
		classes = { Service.class, Repository.class }))
@AutoConfigureDataRedis
@Import({ IntakeMetrics.class, SimpleMeterRegistry.class })
class IntakeWebMvcTest {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MeterRegistry meters;

	@MockitoBean
	private IntakeEventPublisher publisher;

	@Test
	void reportsEveryInvalidFieldInEnglishByDefault() throws Exception {
		String wrong = TestProfiles.withWrongCheckCharacter(TestProfiles.creditCode());
		MvcResult result = this.mvc.perform(postJson("/api/enterprises", TestProfiles.invalidEnterprise(wrong)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://duijie.io/problems/invalid-profile"))
			.andExpect(jsonPath("$.title").value("Invalid profile"))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value("12 field(s) of the request are invalid; see errors."))
			.andExpect(jsonPath("$.instance").value("/api/enterprises"))
			.andReturn();
		assertThat(errors(result)).containsExactlyInAnyOrder("contact.email email.invalid", "contact.name required",
				"contact.phone phone.invalid", "creditCode creditCode.checkDigit", "description required",
				"identityType oneOf", "industryCodes[1] industryCode.sectionMismatch",
				"industryCodes[2] industryCode.unknown", "name name.notChinese", "needs.landAreaM2 negative",
				"region region.unknown", "stage oneOf");
		assertThat(message(result, "creditCode")).contains("check character");
		assertThat(message(result, "stage")).isEqualTo("must be one of SEED, STARTUP, GROWTH, MATURE, LISTED");
		verifyNoInteractions(this.publisher);
	}

	@Test
	void speaksChineseToClientsThatPreferIt() throws Exception {
		String wrong = TestProfiles.withWrongCheckCharacter(TestProfiles.creditCode());
		for (String language : List.of("zh-CN", "zh-CN,zh;q=0.9,en;q=0.8", "zh")) {
			MvcResult result = this.mvc
				.perform(postJson("/api/enterprises", TestProfiles.invalidEnterprise(wrong)).header("Accept-Language",
						language))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.title").value("画像数据无效"))
				.andExpect(jsonPath("$.detail").value("请求中有 12 个字段无效，详见 errors。"))
				.andReturn();
			assertThat(errors(result)).hasSize(12);
			assertThat(message(result, "creditCode")).startsWith("校验码错误");
			assertThat(message(result, "region")).startsWith("无法识别的地区");
			assertThat(message(result, "stage")).isEqualTo("必须是以下之一：SEED, STARTUP, GROWTH, MATURE, LISTED");
		}
		MvcResult english = this.mvc.perform(
				postJson("/api/enterprises", TestProfiles.invalidEnterprise(wrong)).header("Accept-Language", "fr-FR"))
			.andExpect(jsonPath("$.title").value("Invalid profile"))
			.andReturn();
		assertThat(message(english, "creditCode")).contains("check character");
		verifyNoInteractions(this.publisher);
	}

	@Test
	void interpolatesConstraintAttributesInBothLanguages() throws Exception {
		String body = TestProfiles.enterprise(TestProfiles.creditCode())
			.replace("\"description\": \"示例企业。", "\"description\": \"" + "很".repeat(2001));
		MvcResult english = this.mvc.perform(postJson("/api/enterprises", body))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errors(english)).containsExactly("description tooLong");
		assertThat(message(english, "description")).isEqualTo("must be at most 2000 characters long");
		MvcResult chinese = this.mvc.perform(postJson("/api/enterprises", body).header("Accept-Language", "zh-CN"))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(message(chinese, "description")).isEqualTo("长度不能超过 2000 个字符");
	}

	@Test
	void reportsEveryMissingRequiredField() throws Exception {
		MvcResult result = this.mvc.perform(postJson("/api/enterprises", "{}"))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errors(result)).containsExactlyInAnyOrder("contact required", "creditCode required",
				"description required", "name required", "region required");
		MvcResult counterpart = this.mvc.perform(postJson("/api/counterparts", "{}"))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errors(counterpart)).containsExactlyInAnyOrder("kind required", "name required", "parkName required",
				"region required");
		verifyNoInteractions(this.publisher);
	}

	@Test
	void aContactNeedsAPhoneOrAnEmail() throws Exception {
		String body = TestProfiles.enterprise(TestProfiles.creditCode())
			.replace("\"phone\": \"13800000001\", \"email\": \"demo-enterprise-1@example.com\"", "\"phone\": \" \"");
		MvcResult result = this.mvc.perform(postJson("/api/enterprises", body))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errors(result)).containsExactly("contact contact.phoneOrEmail");
	}

	@Test
	void aHongKongCompanyGivesItsCompaniesRegistryNumber() throws Exception {
		String hongKong = TestProfiles.enterprise("1234567").replace("\"region\": \"深圳\"", "\"region\": \"香港\"");
		this.mvc.perform(postJson("/api/enterprises", hongKong)).andExpect(status().isAccepted());
		String mainlandCode = TestProfiles.enterprise(TestProfiles.creditCode())
			.replace("\"region\": \"深圳\"", "\"region\": \"Hong Kong\"");
		MvcResult result = this.mvc.perform(postJson("/api/enterprises", mainlandCode))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errors(result)).containsExactly("creditCode creditCode.hkCr");
		String explicit = mainlandCode.replace("\"region\"", "\"identityType\": \"USCC\", \"region\"");
		this.mvc.perform(postJson("/api/enterprises", explicit)).andExpect(status().isAccepted());
	}

	@Test
	void acceptsAndNormalisesAValidEnterprise() throws Exception {
		String code = TestProfiles.creditCode();
		String fullWidthLowerCase = " " + toFullWidth(code.toLowerCase()) + "　";
		this.mvc.perform(postJson("/api/enterprises", TestProfiles.enterprise(fullWidthLowerCase)))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/enterprises/")))
			.andExpect(jsonPath("$.version").value(1));
		ArgumentCaptor<DuijieEvent> event = ArgumentCaptor.forClass(DuijieEvent.class);
		verify(this.publisher).publish(event.capture());
		EnterpriseProfileSubmitted submitted = (EnterpriseProfileSubmitted) event.getValue();
		EnterpriseProfile profile = submitted.profile();
		assertThat(profile.creditCode()).isEqualTo(code);
		assertThat(profile.identityType()).isEqualTo(IdentityType.USCC);
		assertThat(profile.region().code()).isEqualTo("440300");
		assertThat(profile.region().name()).isEqualTo("深圳市");
		assertThat(profile.industryCodes()).containsExactly("3841", "3849");
		assertThat(profile.tags()).containsExactly("高新技术企业", "专精特新");
		assertThat(profile.needs().factoryAreaM2()).isEqualTo(8000L);
		assertThat(profile.size()).as("not given").isNull();
		assertThat(profile.needs().powerKva()).isNull();
		assertThat(profile.needs().maxRentCnyPerM2Month()).isNull();
		assertThat(submitted.enterpriseId())
			.isEqualTo(java.util.UUID.nameUUIDFromBytes(("enterprise:USCC:" + code).getBytes(StandardCharsets.UTF_8))
				.toString());
	}

	@Test
	void acceptsTheSizePowerAndRentOfAnEnterprise() throws Exception {
		this.mvc
			.perform(postJson("/api/enterprises",
					TestProfiles.enterpriseWithSizePowerAndRent(TestProfiles.creditCode())))
			.andExpect(status().isAccepted());
		EnterpriseProfile profile = ((EnterpriseProfileSubmitted) published()).profile();
		assertThat(profile.size()).isEqualTo(EnterpriseSize.MEDIUM);
		assertThat(profile.needs().powerKva()).isEqualTo(2500L);
		assertThat(profile.needs().maxRentCnyPerM2Month()).isEqualTo(18.5);
		assertThat(profile.needs().factoryAreaM2()).isEqualTo(8000L);

		String zero = TestProfiles.enterpriseWithSizePowerAndRent(TestProfiles.creditCode())
			.replace("\"powerKva\": 2500, \"maxRentCnyPerM2Month\": 18.5",
					"\"powerKva\": 0, \"maxRentCnyPerM2Month\": 0")
			.replace("\"MEDIUM\"", "\"MICRO\"");
		this.mvc.perform(postJson("/api/enterprises", zero)).andExpect(status().isAccepted());
	}

	@Test
	void refusesAnUnknownSizeAndNegativePowerOrRentInBothLanguages() throws Exception {
		String body = TestProfiles.enterpriseWithSizePowerAndRent(TestProfiles.creditCode())
			.replace("\"MEDIUM\"", "\"HUGE\"")
			.replace("\"powerKva\": 2500", "\"powerKva\": -1")
			.replace("\"maxRentCnyPerM2Month\": 18.5", "\"maxRentCnyPerM2Month\": -0.5");
		MvcResult english = this.mvc.perform(postJson("/api/enterprises", body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("3 field(s) of the request are invalid; see errors."))
			.andReturn();
		assertThat(errors(english)).containsExactly("needs.maxRentCnyPerM2Month negative", "needs.powerKva negative",
				"size oneOf");
		assertThat(message(english, "size")).isEqualTo("must be one of MICRO, SMALL, MEDIUM, LARGE");
		assertThat(message(english, "needs.powerKva")).isEqualTo("must not be negative");
		MvcResult chinese = this.mvc.perform(postJson("/api/enterprises", body).header("Accept-Language", "zh-CN"))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(message(chinese, "size")).isEqualTo("必须是以下之一：MICRO, SMALL, MEDIUM, LARGE");
		assertThat(message(chinese, "needs.maxRentCnyPerM2Month")).isEqualTo("不能为负数");

		String lowerCase = TestProfiles.enterpriseWithSizePowerAndRent(TestProfiles.creditCode())
			.replace("\"MEDIUM\"", "\"medium\"");
		assertThat(errors(this.mvc.perform(postJson("/api/enterprises", lowerCase)).andReturn()))
			.containsExactly("size oneOf");
		// 1e400 reads as Infinity, which no JSON number can carry on to the topic
		String infinite = TestProfiles.enterpriseWithSizePowerAndRent(TestProfiles.creditCode())
			.replace("\"maxRentCnyPerM2Month\": 18.5", "\"maxRentCnyPerM2Month\": 1e400");
		MvcResult tooLarge = this.mvc.perform(postJson("/api/enterprises", infinite)).andReturn();
		assertThat(errors(tooLarge)).containsExactly("needs.maxRentCnyPerM2Month tooLarge");
		assertThat(message(tooLarge, "needs.maxRentCnyPerM2Month")).isEqualTo("must be at most 10000");
		assertThat(message(
				this.mvc.perform(postJson("/api/enterprises", infinite).header("Accept-Language", "zh-CN")).andReturn(),
				"needs.maxRentCnyPerM2Month"))
			.isEqualTo("不能大于 10000");
		String text = TestProfiles.enterpriseWithSizePowerAndRent(TestProfiles.creditCode())
			.replace("\"powerKva\": 2500", "\"powerKva\": \"2.5MVA\"");
		assertThat(errors(this.mvc.perform(postJson("/api/enterprises", text)).andReturn()))
			.containsExactly("needs.powerKva json.invalidValue");
		verifyNoInteractions(this.publisher);
	}

	@Test
	void mapsAClustersChainLinksTrimmedAndDeduplicated() throws Exception {
		this.mvc
			.perform(postJson("/api/counterparts", TestProfiles.parkIndustryWithChain("新材料" + TestProfiles.unique())))
			.andExpect(status().isAccepted());
		CounterpartProfile profile = ((CounterpartProfileSubmitted) published()).profile();
		assertThat(profile.chainLinks()).containsExactly(
				new ChainLink("铝锭熔铸", ChainPosition.UPSTREAM, List.of("铝锭", "铝棒"), List.of()),
				new ChainLink("铝型材挤压", ChainPosition.MIDSTREAM, List.of("挤压"), List.of("示例华豪铝业")),
				new ChainLink("表面处理", ChainPosition.DOWNSTREAM, List.of("氧化", "喷涂"), List.of()));
		assertThat(profile.chainLinks()).filteredOn(ChainLink::isGap).hasSize(2);
	}

	@Test
	void aClusterWithoutChainLinksHasNone() throws Exception {
		this.mvc.perform(postJson("/api/counterparts", TestProfiles.parkIndustry("新材料" + TestProfiles.unique())))
			.andExpect(status().isAccepted());
		assertThat(((CounterpartProfileSubmitted) published()).profile().chainLinks()).isEmpty();
	}

	@Test
	void refusesChainLinksWithoutNameOrWithABadPosition() throws Exception {
		String body = TestProfiles.parkIndustryWithChain("新材料" + TestProfiles.unique())
			.replace("\"name\": \" 铝锭熔铸 \", ", "")
			.replace("\"position\": \"MIDSTREAM\"", "\"position\": \"SIDESTREAM\"")
			.replace("{\"name\": \"表面处理\", \"position\": \"DOWNSTREAM\",", "{\"name\": \"表面处理\", \"position\": \" \",");
		MvcResult english = this.mvc.perform(postJson("/api/counterparts", body))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errors(english)).containsExactly("chainLinks[0].name required", "chainLinks[1].position oneOf",
				"chainLinks[4].position oneOf", "chainLinks[4].position required");
		assertThat(message(english, "chainLinks[1].position"))
			.isEqualTo("must be one of UPSTREAM, MIDSTREAM, DOWNSTREAM");
		MvcResult chinese = this.mvc.perform(postJson("/api/counterparts", body).header("Accept-Language", "zh"))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(message(chinese, "chainLinks[0].name")).isEqualTo("为必填项");
		assertThat(message(chinese, "chainLinks[1].position")).isEqualTo("必须是以下之一：UPSTREAM, MIDSTREAM, DOWNSTREAM");
		verifyNoInteractions(this.publisher);
	}

	@Test
	void refusesMoreThanThirtyChainLinks() throws Exception {
		StringBuilder links = new StringBuilder();
		for (int i = 0; i < 31; i++) {
			links.append((i > 0) ? ", " : "")
				.append("{\"name\": \"环节")
				.append(i)
				.append("\", \"position\": \"MIDSTREAM\"}");
		}
		String body = TestProfiles.parkIndustry("新材料" + TestProfiles.unique())
			.replace("\"keywords\"", "\"chainLinks\": [" + links + "], \"keywords\"");
		MvcResult result = this.mvc.perform(postJson("/api/counterparts", body).header("Accept-Language", "zh-CN"))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errors(result)).containsExactly("chainLinks tooMany");
		assertThat(message(result, "chainLinks")).isEqualTo("最多 30 项");
		this.mvc
			.perform(postJson("/api/counterparts",
					body.replace(", {\"name\": \"环节30\", \"position\": \"MIDSTREAM\"}", "")))
			.andExpect(status().isAccepted());
		assertThat(((CounterpartProfileSubmitted) published()).profile().chainLinks()).hasSize(30);
	}

	@ParameterizedTest
	@ValueSource(strings = { "INSTITUTION", "SPACE" })
	void onlyAClusterHasChainLinks(String kind) throws Exception {
		String space = "SPACE".equals(kind) ? "\"space\": {\"type\": \"LAB\", \"areaM2\": 300}, " : "";
		String base = TestProfiles.parkIndustry("示例" + TestProfiles.unique())
			.replace("\"PARK_INDUSTRY\"", "\"" + kind + "\"");
		String withLinks = base.replace("\"keywords\"",
				space + "\"chainLinks\": [{\"name\": \"铝锭熔铸\", \"position\": \"UPSTREAM\"}], \"keywords\"");
		MvcResult english = this.mvc.perform(postJson("/api/counterparts", withLinks))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errors(english)).containsExactly("chainLinks chainLinks.notParkIndustry");
		assertThat(message(english, "chainLinks")).isEqualTo("are only for kind PARK_INDUSTRY (an industry cluster)");
		MvcResult chinese = this.mvc
			.perform(postJson("/api/counterparts", withLinks).header("Accept-Language", "zh-CN"))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(message(chinese, "chainLinks")).isEqualTo("仅适用于类型 PARK_INDUSTRY（产业集群）");
		verifyNoInteractions(this.publisher);

		String empty = base.replace("\"keywords\"", space + "\"chainLinks\": [], \"keywords\"");
		this.mvc.perform(postJson("/api/counterparts", empty)).andExpect(status().isAccepted());
		assertThat(((CounterpartProfileSubmitted) published()).profile().chainLinks()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "MAKERSPACE", "INCUBATOR", "ACCELERATOR", "SCIENCE_PARK" })
	void acceptsEveryInnovationCarrierWithItsPower(String type) throws Exception {
		this.mvc.perform(postJson("/api/counterparts", TestProfiles.space("示例载体" + TestProfiles.unique(), type)))
			.andExpect(status().isAccepted());
		Space space = ((CounterpartProfileSubmitted) published()).profile().space();
		assertThat(space).isEqualTo(new Space(SpaceType.valueOf(type), 1200, 15.0, 630L));
	}

	@Test
	void refusesAnUnknownSpaceTypeAndNegativePower() throws Exception {
		String body = TestProfiles.space("示例载体" + TestProfiles.unique(), "CO_WORKING")
			.replace("\"powerKva\": 630", "\"powerKva\": -630");
		MvcResult english = this.mvc.perform(postJson("/api/counterparts", body))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errors(english)).containsExactly("space.powerKva negative", "space.type oneOf");
		assertThat(message(english, "space.type"))
			.isEqualTo("must be one of FACTORY, OFFICE, LAND, INCUBATOR, LAB, MAKERSPACE, ACCELERATOR, SCIENCE_PARK");
		MvcResult chinese = this.mvc.perform(postJson("/api/counterparts", body).header("Accept-Language", "zh-CN"))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(message(chinese, "space.powerKva")).isEqualTo("不能为负数");
		String infinite = TestProfiles.space("示例载体" + TestProfiles.unique(), "FACTORY")
			.replace("\"priceCnyPerM2Month\": 15", "\"priceCnyPerM2Month\": 1e400");
		assertThat(errors(this.mvc.perform(postJson("/api/counterparts", infinite)).andReturn()))
			.containsExactly("space.priceCnyPerM2Month tooLarge");
		verifyNoInteractions(this.publisher);
	}

	@Test
	void acceptsEverySeedAsItIs() throws Exception {
		// seeds/*.json are request bodies that run.sh posts unchanged: they must stay
		// valid
		int posted = 0;
		for (String kind : List.of("counterparts", "investors", "enterprises")) {
			JsonNode seeds = json.readTree(Path.of("..", "seeds", kind + ".json").toFile());
			for (JsonNode seed : seeds) {
				MvcResult result = this.mvc.perform(postJson("/api/" + kind, seed.toString())).andReturn();
				assertThat(result.getResponse().getStatus())
					.as("%s %s: %s", kind, seed.path("name").asString(),
							result.getResponse().getContentAsString(StandardCharsets.UTF_8))
					.isEqualTo(202);
				posted++;
			}
		}
		assertThat(posted).isEqualTo(31);
	}

	@Test
	void checksInvestorsAndCounterpartsToo() throws Exception {
		String investor = TestProfiles.investor("示例基金" + TestProfiles.unique())
			.replace("\"ticketMinCny\": 5000000", "\"ticketMinCny\": 90000000")
			.replace("\"regions\": [\"清远\"", "\"regions\": [\"Atlantis\"")
			.replace("\"STARTUP\"", "\"EARLY\"");
		MvcResult investorResult = this.mvc.perform(postJson("/api/investors", investor))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errors(investorResult)).containsExactlyInAnyOrder("ticketMaxCny ticket.range",
				"regions[0] region.unknown", "stages[0] oneOf");
		MvcResult space = this.mvc.perform(postJson("/api/counterparts", TestProfiles.spaceWithoutSpace("厂房")))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errors(space)).containsExactly("space space.required");
		String clusterWithSpace = TestProfiles.parkIndustry("新材料")
			.replace("\"keywords\"",
					"\"space\": {\"type\": \"VILLA\", \"areaM2\": 0}, \"researchAreas\": [\"铝合金\"], \"keywords\"");
		MvcResult cluster = this.mvc.perform(postJson("/api/counterparts", clusterWithSpace))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errors(cluster)).containsExactlyInAnyOrder("space space.notAllowed",
				"researchAreas researchAreas.notInstitution", "space.type oneOf", "space.areaM2 notPositive");
		verifyNoInteractions(this.publisher);
	}

	@Test
	void namesAnUnknownPropertyInsteadOfDroppingIt() throws Exception {
		String typo = TestProfiles.enterprise(TestProfiles.creditCode()).replace("\"nameEn\"", "\"name_en\"");
		this.mvc.perform(postJson("/api/enterprises", typo))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://duijie.io/problems/invalid-profile"))
			.andExpect(jsonPath("$.errors[0].field").value("name_en"))
			.andExpect(jsonPath("$.errors[0].code").value("json.unknownProperty"));
		String nested = TestProfiles.enterprise(TestProfiles.creditCode()).replace("\"phone\"", "\"mobile\"");
		this.mvc.perform(postJson("/api/enterprises", nested).header("Accept-Language", "zh-CN"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("contact.mobile"))
			.andExpect(jsonPath("$.errors[0].message").value("不是本请求的字段（是否拼写有误？）"));
		verifyNoInteractions(this.publisher);
	}

	@Test
	void namesAValueOfTheWrongType() throws Exception {
		String wrongType = TestProfiles.enterprise(TestProfiles.creditCode())
			.replace("\"factoryAreaM2\": 8000", "\"factoryAreaM2\": \"large\"");
		this.mvc.perform(postJson("/api/enterprises", wrongType))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("needs.factoryAreaM2"))
			.andExpect(jsonPath("$.errors[0].code").value("json.invalidValue"));
	}

	@Test
	void answersMalformedJsonWithAProblem() throws Exception {
		for (String body : List.of("{\"name\": ", "[1, 2]", "{} {}", "")) {
			this.mvc.perform(postJson("/api/enterprises", body))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://duijie.io/problems/malformed-json"))
				.andExpect(jsonPath("$.title").value("Malformed JSON"));
		}
		this.mvc.perform(postJson("/api/investors", "{\"name\": ").header("Accept-Language", "zh-CN"))
			.andExpect(jsonPath("$.title").value("JSON 格式错误"));
		verifyNoInteractions(this.publisher);
	}

	@Test
	void answersAnotherMediaTypeWith415() throws Exception {
		this.mvc
			.perform(post("/api/enterprises").contentType(MediaType.TEXT_PLAIN)
				.content(TestProfiles.enterprise(TestProfiles.creditCode())))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://duijie.io/problems/unsupported-media-type"))
			.andExpect(jsonPath("$.status").value(415));
		this.mvc
			.perform(post("/api/counterparts").contentType(MediaType.APPLICATION_XML)
				.header("Accept-Language", "zh-CN")
				.content("<counterpart/>"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.title").value("不支持的媒体类型"));
		verifyNoInteractions(this.publisher);
	}

	@Test
	void answersAnOversizedBodyWith413() throws Exception {
		double before = counter("enterprise", IntakeMetrics.TOO_LARGE);
		String huge = TestProfiles.enterprise(TestProfiles.creditCode())
			.replace("\"description\": \"示例企业。", "\"description\": \"" + "x".repeat(300 * 1024));
		this.mvc.perform(postJson("/api/enterprises", huge))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://duijie.io/problems/payload-too-large"))
			.andExpect(jsonPath("$.detail").value("The request body is larger than 262144 bytes."));
		assertThat(counter("enterprise", IntakeMetrics.TOO_LARGE)).isEqualTo(before + 1);
		verifyNoInteractions(this.publisher);
	}

	@Test
	void answers503WhenTheBrokerDoesNotAcknowledge() throws Exception {
		doThrow(new BrokerUnavailableException("no ack", new java.util.concurrent.TimeoutException()))
			.when(this.publisher)
			.publish(any(InvestorProfileSubmitted.class));
		double before = counter("investor", IntakeMetrics.UNAVAILABLE);
		this.mvc.perform(postJson("/api/investors", TestProfiles.investor("示例基金" + TestProfiles.unique())))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://duijie.io/problems/broker-unavailable"));
		assertThat(counter("investor", IntakeMetrics.UNAVAILABLE)).isEqualTo(before + 1);
	}

	@Test
	void countsInvalidSubmissionsByKind() throws Exception {
		double before = counter("counterpart", IntakeMetrics.INVALID);
		this.mvc.perform(postJson("/api/counterparts", "{}")).andExpect(status().isBadRequest());
		this.mvc.perform(postJson("/api/counterparts", "{")).andExpect(status().isBadRequest());
		assertThat(counter("counterpart", IntakeMetrics.INVALID)).isEqualTo(before + 2);
	}

	/** The one event the intake handed to the publisher. */
	private DuijieEvent published() {
		ArgumentCaptor<DuijieEvent> event = ArgumentCaptor.forClass(DuijieEvent.class);
		verify(this.publisher).publish(event.capture());
		return event.getValue();
	}

	private double counter(String kind, String outcome) {
		var counter = this.meters.find("duijie.intake.submissions").tag("kind", kind).tag("outcome", outcome).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static MockHttpServletRequestBuilder postJson(String path, String body) {
		return post(path).contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> errors(MvcResult result) throws Exception {
		List<String> errors = new ArrayList<>();
		for (JsonNode error : problem(result).path("errors")) {
			errors.add(error.path("field").asString() + " " + error.path("code").asString());
		}
		return errors;
	}

	private static String message(MvcResult result, String field) throws Exception {
		for (JsonNode error : problem(result).path("errors")) {
			if (field.equals(error.path("field").asString())) {
				return error.path("message").asString();
			}
		}
		throw new AssertionError("No error on " + field);
	}

	private static JsonNode problem(MvcResult result) throws Exception {
		return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static String toFullWidth(String ascii) {
		StringBuilder out = new StringBuilder();
		for (char c : ascii.toCharArray()) {
			out.append((char) (c + 0xFEE0));
		}
		return out.toString();
	}

}
