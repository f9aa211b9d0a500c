package io.duijie.matching.fairs.exports;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The HTTP contract of the exports on the MVC slice, over an in-memory {@link FairSheets}
 * holding version 1 (published) and version 2 (a draft) of the sample fair.
 */
@WebMvcTest(ExportsController.class)
@Import(ExportsControllerTests.InMemoryFairSheets.class)
class ExportsControllerTests {

	private static final String FAIR = "/api/fairs/" + SampleSheets.FAIR;

	@Autowired
	private MockMvc mvc;

	@Test
	void theAgendaAsICalendarInTheReadersLanguage() throws Exception {
		MvcResult result = this.mvc
			.perform(get(FAIR + "/participants/h-qy/agenda.ics").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/calendar;charset=UTF-8;method=PUBLISH"))
			.andReturn();
		List<VEvent> events = events(result);
		assertThat(events).extracting((event) -> event.getProperty(Property.UID).orElseThrow().getValue())
			.containsExactly("m-1@duijie.io", "m-2@duijie.io");
		assertThat(events.get(0).getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("对接：华信精密制造有限公司");
		MvcResult english = this.mvc.perform(get(FAIR + "/participants/h-qy/agenda.ics").accept("text/calendar"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(events(english).get(0).getProperty(Property.SUMMARY).orElseThrow().getValue())
			.isEqualTo("Meeting: 华信精密制造有限公司");
	}

	@Test
	void theVersionInForceIsTheLatestPublishedUnlessAsked() throws Exception {
		this.mvc.perform(get(FAIR + "/participants/e-huaxin/agenda.ics"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("STATUS:CONFIRMED")));
		this.mvc.perform(get(FAIR + "/participants/e-huaxin/agenda.ics").param("version", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("STATUS:TENTATIVE")));
	}

	@Test
	void thePrintableAgendaByLangOrAcceptLanguage() throws Exception {
		String chinese = html(this.mvc
			.perform(get(FAIR + "/participants/e-huaxin/agenda").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")));
		assertThat(chinese).contains("<html lang=\"zh-CN\">", "华信精密制造有限公司的对接日程", "第 1 版（已发布）")
			.doesNotContain("watermark\"");
		String english = html(this.mvc.perform(get(FAIR + "/participants/e-huaxin/agenda").param("version", "2")
			.param("lang", "en")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
			.accept(MediaType.TEXT_HTML)));
		assertThat(english).contains("<html lang=\"en\">", "version 2 (draft, not published)", ">DRAFT</div>");
	}

	@Test
	void theTableSheets() throws Exception {
		String one = html(this.mvc.perform(get(FAIR + "/tables/t-a02/sheet").param("lang", "zh")));
		assertThat(one).contains("<h1>桌号 A-02</h1>").doesNotContain("<script>");
		String all = html(this.mvc.perform(get(FAIR + "/tables/sheet")));
		assertThat(all).containsSubsequence("id=\"table-t-a01\"", "id=\"table-t-a02\"").contains("Table A-01");
	}

	@Test
	void theGridAsAnAttachmentWithItsChineseName() throws Exception {
		MvcResult result = this.mvc.perform(get(FAIR + "/schedule.xlsx"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(ScheduleWorkbook.CONTENT_TYPE))
			.andReturn();
		String disposition = result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(disposition).startsWith("attachment; filename=\"schedule-fair-qy-2025-v1.xlsx\"; filename*=UTF-8''");
		String encoded = disposition.substring(disposition.indexOf("UTF-8''") + 7);
		assertThat(encoded).matches("[A-Za-z0-9!#$&+\\-.^_`|~%]+");
		assertThat(URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8))
			.isEqualTo(SampleSheets.NAME + "-日程-第1版.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			assertThat(workbook.getSheet("日程总表").getRow(1).getCell(1).getStringCellValue())
				.isEqualTo("华信精密制造有限公司 对 清远高新区管委会");
		}
		this.mvc.perform(get(FAIR + "/schedule.xlsx").param("version", "2"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					org.hamcrest.Matchers.startsWith("attachment; filename=\"schedule-fair-qy-2025-v2-draft.xlsx\"")));
	}

	@Test
	void anUnknownFairIsAProblemInEitherLanguage() throws Exception {
		this.mvc.perform(get("/api/fairs/nope/schedule.xlsx"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://duijie.io/problems/fair-not-found"))
			.andExpect(jsonPath("$.title").value("Fair not found"))
			.andExpect(jsonPath("$.detail").value("There is no fair nope, or it has no schedule yet"))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.fairId").value("nope"));
		this.mvc
			.perform(get("/api/fairs/nope/participants/h-qy/agenda").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://duijie.io/problems/fair-not-found"))
			.andExpect(jsonPath("$.title").value("对接会不存在"))
			.andExpect(jsonPath("$.detail").value("没有对接会 nope，或其尚无日程"));
	}

	@Test
	void anUnknownVersionParticipantOrTableIsAProblem() throws Exception {
		this.mvc.perform(get(FAIR + "/tables/sheet").param("version", "9"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://duijie.io/problems/schedule-version-not-found"))
			.andExpect(jsonPath("$.title").value("Schedule version not found"))
			.andExpect(jsonPath("$.detail").value("Fair fair-qy-2025 has no schedule version 9"))
			.andExpect(jsonPath("$.version").value(9));
		this.mvc.perform(get(FAIR + "/tables/sheet").param("version", "9").param("lang", "zh"))
			.andExpect(jsonPath("$.title").value("日程版本不存在"))
			.andExpect(jsonPath("$.detail").value("对接会 fair-qy-2025 没有第 9 版日程"));
		this.mvc.perform(get(FAIR + "/participants/ghost/agenda.ics"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://duijie.io/problems/participant-not-found"))
			.andExpect(jsonPath("$.title").value("Participant not found"))
			.andExpect(
					jsonPath("$.detail").value("Participant ghost is not in version 1 of fair fair-qy-2025's schedule"))
			.andExpect(jsonPath("$.participantId").value("ghost"));
		this.mvc.perform(get(FAIR + "/participants/ghost/agenda").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9"))
			.andExpect(jsonPath("$.title").value("参会方不存在"))
			.andExpect(jsonPath("$.detail").value("对接会 fair-qy-2025 第 1 版日程中没有参会方 ghost"));
		this.mvc.perform(get(FAIR + "/tables/t-z99/sheet").param("version", "2"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://duijie.io/problems/table-not-found"))
			.andExpect(jsonPath("$.title").value("Table not found"))
			.andExpect(jsonPath("$.detail").value("Table t-z99 is not in version 2 of fair fair-qy-2025's schedule"))
			.andExpect(jsonPath("$.tableId").value("t-z99"));
		this.mvc.perform(get(FAIR + "/tables/t-z99/sheet").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(jsonPath("$.title").value("桌号不存在"));
	}

	private static String html(ResultActions actions) throws Exception {
		MvcResult result = actions.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8"))
			.andReturn();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<VEvent> events(MvcResult result) throws Exception {
		Calendar calendar = new CalendarBuilder()
			.build(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
		return calendar.getComponents(Component.VEVENT);
	}

	/** Version 1 published, version 2 a draft; the one in force is version 1. */
	static class InMemoryFairSheets implements FairSheets {

		@Override
		public Optional<FairSheet> sheet(String fairId, @Nullable Integer version) {
			if (!SampleSheets.FAIR.equals(fairId)) {
				return Optional.empty();
			}
			if (version == null || version == 1) {
				return Optional.of(SampleSheets.sheet(1, true));
			}
			return (version == 2) ? Optional.of(SampleSheets.sheet(2, false)) : Optional.empty();
		}

	}

}
