package io.duijie.matching.fairs.exports;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import io.duijie.matching.fairs.exports.FairSheet.Participant;
import io.duijie.matching.fairs.exports.FairSheet.Table;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exports of a fair's schedule: a participant's agenda ({@code .ics} and a printable
 * page), the table sheets and the whole grid as {@code .xlsx}. Each reads the version in
 * force, or {@code ?version=}. Pages are in Chinese or English by {@code ?lang=} or
 * {@code Accept-Language}; an unknown fair, version, participant or table is a 404
 * problem detail (RFC 9457) in the same language.
 */
@RestController
@RequestMapping("/api/fairs/{fairId}")
@Tag(name = "Fair exports", description = "对接会日程导出：日历、打印日程、桌签、总表")
class ExportsController {

	static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

	private final FairSheets sheets;

	ExportsController(FairSheets sheets) {
		this.sheets = sheets;
	}

	@GetMapping(path = "/participants/{participantId}/agenda.ics", produces = "text/calendar")
	@Operation(summary = "A participant's agenda as iCalendar (参会方日程 .ics)",
			description = "METHOD:PUBLISH, one VEVENT per meeting; UID <meetingId>@duijie.io and SEQUENCE as in the invitations; times in UTC",
			responses = { @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/calendar")),
					@ApiResponse(responseCode = "404", description = "fair, version or participant not found",
							content = @Content(mediaType = "application/problem+json")) })
	ResponseEntity<byte[]> calendar(@PathVariable String fairId, @PathVariable String participantId,
			@Parameter(description = "schedule version; default the one in force") @RequestParam(
					required = false) @Nullable Integer version,
			@Parameter(description = "zh or en; default by Accept-Language") @RequestParam(
					required = false) @Nullable String lang,
			Locale locale) {
		SheetIndex index = sheet(fairId, version);
		Participant participant = participant(index, participantId);
		byte[] ics = AgendaCalendar.ics(index, participant, Lang.of(lang, locale), Instant.now());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(AgendaCalendar.CONTENT_TYPE))
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.body(ics);
	}

	@GetMapping(path = "/participants/{participantId}/agenda", produces = MediaType.TEXT_HTML_VALUE)
	@Operation(summary = "A participant's printable agenda (打印版日程)",
			description = "HTML with print CSS; a draft carries a watermark",
			responses = { @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/html")),
					@ApiResponse(responseCode = "404", description = "fair, version or participant not found",
							content = @Content(mediaType = "application/problem+json")) })
	ResponseEntity<String> agenda(@PathVariable String fairId, @PathVariable String participantId,
			@Parameter(description = "schedule version; default the one in force") @RequestParam(
					required = false) @Nullable Integer version,
			@Parameter(description = "zh or en; default by Accept-Language") @RequestParam(
					required = false) @Nullable String lang,
			Locale locale) {
		SheetIndex index = sheet(fairId, version);
		Participant participant = participant(index, participantId);
		return html(AgendaPage.html(index, participant, Lang.of(lang, locale)));
	}

	@GetMapping(path = "/tables/{tableId}/sheet", produces = MediaType.TEXT_HTML_VALUE)
	@Operation(summary = "One table's sheet (桌签：本桌各时段对接)",
			description = "Every slot with its meeting or free, and check-in boxes; HTML with print CSS",
			responses = { @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/html")),
					@ApiResponse(responseCode = "404", description = "fair, version or table not found",
							content = @Content(mediaType = "application/problem+json")) })
	ResponseEntity<String> tableSheet(@PathVariable String fairId, @PathVariable String tableId,
			@Parameter(description = "schedule version; default the one in force") @RequestParam(
					required = false) @Nullable Integer version,
			@Parameter(description = "zh or en; default by Accept-Language") @RequestParam(
					required = false) @Nullable String lang,
			Locale locale) {
		SheetIndex index = sheet(fairId, version);
		Table table = index.table(tableId)
			.orElseThrow(() -> new NotFoundException(Missing.TABLE, fairId, index.sheet().version(), tableId));
		return html(TableSheets.html(index, table, Lang.of(lang, locale)));
	}

	@GetMapping(path = "/tables/sheet", produces = MediaType.TEXT_HTML_VALUE)
	@Operation(summary = "All tables' sheets, one per printed page (全部桌签)",
			responses = { @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/html")),
					@ApiResponse(responseCode = "404", description = "fair or version not found",
							content = @Content(mediaType = "application/problem+json")) })
	ResponseEntity<String> tableSheets(@PathVariable String fairId,
			@Parameter(description = "schedule version; default the one in force") @RequestParam(
					required = false) @Nullable Integer version,
			@Parameter(description = "zh or en; default by Accept-Language") @RequestParam(
					required = false) @Nullable String lang,
			Locale locale) {
		return html(TableSheets.html(sheet(fairId, version), Lang.of(lang, locale)));
	}

	@GetMapping(path = "/schedule.xlsx", produces = ScheduleWorkbook.CONTENT_TYPE)
	@Operation(summary = "The whole schedule as a spreadsheet (日程总表 .xlsx)",
			description = "Sheet 日程总表: slots × tables, cells \"A 对 B\"; sheet 对接清单: every meeting",
			responses = {
					@ApiResponse(responseCode = "200", content = @Content(mediaType = ScheduleWorkbook.CONTENT_TYPE)),
					@ApiResponse(responseCode = "404", description = "fair or version not found",
							content = @Content(mediaType = "application/problem+json")) })
	ResponseEntity<byte[]> workbook(@PathVariable String fairId,
			@Parameter(description = "schedule version; default the one in force") @RequestParam(
					required = false) @Nullable Integer version) {
		SheetIndex index = sheet(fairId, version);
		FairSheet sheet = index.sheet();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ScheduleWorkbook.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(sheet))
			.body(ScheduleWorkbook.xlsx(index));
	}

	/**
	 * {@code attachment} with an ASCII {@code filename} for old clients and the Chinese
	 * name as {@code filename*} (RFC 6266, RFC 5987), e.g.
	 * {@code 2025 清远高新区产业对接会-日程-第3版.xlsx}.
	 */
	static String attachment(FairSheet sheet) {
		String draft = sheet.published() ? "" : "-draft";
		String ascii = "schedule-" + sheet.fairId().replaceAll("[^A-Za-z0-9._-]", "_") + "-v" + sheet.version() + draft
				+ ".xlsx";
		String name = sheet.fairName().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + "-日程-第" + sheet.version() + "版"
				+ (sheet.published() ? "" : "-草稿") + ".xlsx";
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(name);
	}

	private static String rfc5987(String value) {
		StringBuilder out = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xFF);
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				out.append(c);
			}
			else {
				out.append('%')
					.append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
					.append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
			}
		}
		return out.toString();
	}

	private static ResponseEntity<String> html(String page) {
		return ResponseEntity.ok().contentType(HTML).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).body(page);
	}

	private SheetIndex sheet(String fairId, @Nullable Integer version) {
		Optional<FairSheet> sheet = this.sheets.sheet(fairId, version);
		if (sheet.isPresent()) {
			return new SheetIndex(sheet.get());
		}
		if (version != null && this.sheets.sheet(fairId, null).isPresent()) {
			throw new NotFoundException(Missing.VERSION, fairId, version, String.valueOf(version));
		}
		throw new NotFoundException(Missing.FAIR, fairId, version, fairId);
	}

	private static Participant participant(SheetIndex index, String participantId) {
		return index.participant(participantId)
			.orElseThrow(() -> new NotFoundException(Missing.PARTICIPANT, index.sheet().fairId(),
					index.sheet().version(), participantId));
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex, HttpServletRequest request, Locale locale) {
		Lang lang = Lang.of(request.getParameter("lang"), locale);
		Missing missing = ex.missing;
		String version = String.valueOf(ex.version);
		String detail = switch (missing) {
			case FAIR -> lang.pick("没有对接会 " + ex.fairId + "，或其尚无日程",
					"There is no fair " + ex.fairId + ", or it has no schedule yet");
			case VERSION -> lang.pick("对接会 " + ex.fairId + " 没有第 " + version + " 版日程",
					"Fair " + ex.fairId + " has no schedule version " + version);
			case PARTICIPANT -> lang.pick("对接会 " + ex.fairId + " 第 " + version + " 版日程中没有参会方 " + ex.id,
					"Participant " + ex.id + " is not in version " + version + " of fair " + ex.fairId + "'s schedule");
			case TABLE -> lang.pick("对接会 " + ex.fairId + " 第 " + version + " 版日程中没有桌号 " + ex.id,
					"Table " + ex.id + " is not in version " + version + " of fair " + ex.fairId + "'s schedule");
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
		problem.setType(missing.type);
		problem.setTitle(lang.pick(missing.zh, missing.en));
		problem.setProperty("fairId", ex.fairId);
		if (ex.version != null) {
			problem.setProperty("version", ex.version);
		}
		if (missing == Missing.PARTICIPANT) {
			problem.setProperty("participantId", ex.id);
		}
		if (missing == Missing.TABLE) {
			problem.setProperty("tableId", ex.id);
		}
		return problem;
	}

	/** What a request named that does not exist. */
	enum Missing {

		FAIR("fair-not-found", "对接会不存在", "Fair not found"),

		VERSION("schedule-version-not-found", "日程版本不存在", "Schedule version not found"),

		PARTICIPANT("participant-not-found", "参会方不存在", "Participant not found"),

		TABLE("table-not-found", "桌号不存在", "Table not found");

		final URI type;

		final String zh;

		final String en;

		Missing(String type, String zh, String en) {
			this.type = URI.create("https://duijie.io/problems/" + type);
			this.zh = zh;
			this.en = en;
		}

	}

	static final class NotFoundException extends RuntimeException {

		private final Missing missing;

		private final String fairId;

		private final @Nullable Integer version;

		private final String id;

		NotFoundException(Missing missing, String fairId, @Nullable Integer version, String id) {
			super(missing + " " + id + " of fair " + fairId);
			this.missing = missing;
			this.fairId = fairId;
			this.version = version;
			this.id = id;
		}

	}

}
