package io.duijie.intake.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import io.duijie.intake.profiles.ProfileKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/imports")
@Tag(name = "imports", description = "Bulk import of .xlsx and .csv files (批量导入)")
class ImportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Imports imports;

	private final ImportProperties properties;

	ImportController(Imports imports, ImportProperties properties) {
		this.imports = imports;
		this.properties = properties;
	}

	@PostMapping
	@Operation(summary = "Upload a .xlsx or .csv file of enterprises, investors or counterparts",
			description = "Answered 202 with the job (Location: /api/imports/{id}) once the file was read and its "
					+ "header row found; the rows are then published asynchronously. The same file again returns "
					+ "the same job.")
	@ApiResponse(responseCode = "202", description = "Queued, running or (the same file again) finished")
	@ApiResponse(responseCode = "400",
			description = "Unknown kind, no file, unknown charset, no header row, required columns missing")
	@ApiResponse(responseCode = "413", description = "File too large or too many rows")
	@ApiResponse(responseCode = "415", description = "Not a .xlsx or .csv file")
	@ApiResponse(responseCode = "503", description = "Too many jobs waiting; retry")
	ResponseEntity<ImportJob> upload(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String charset) {
		ProfileKind profileKind = kind(kind);
		if (file == null || file.isEmpty()) {
			throw ImportRejectedException.missingFile();
		}
		if (file.getSize() > this.properties.maxFileSize().toBytes()) {
			throw ImportRejectedException.tooLarge(this.properties.maxFileSize().toBytes());
		}
		byte[] bytes;
		try {
			bytes = file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "upload";
		ImportJob job = this.imports.start(profileKind, name, bytes, charset(charset));
		return ResponseEntity.accepted().location(URI.create("/api/imports/" + job.id())).body(job);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A job: status, progress, counts and each bad row's errors in zh-CN and en")
	@ApiResponse(responseCode = "200", description = "The job")
	@ApiResponse(responseCode = "404", description = "Unknown or expired")
	ImportJob job(@PathVariable String id) {
		return this.imports.job(id);
	}

	@GetMapping("/templates/{kind}.xlsx")
	@Operation(summary = "The .xlsx template of a kind: bilingual headers and one example row")
	ResponseEntity<byte[]> xlsxTemplate(@PathVariable String kind) {
		ProfileKind profileKind = kind(kind);
		return download(Templates.xlsx(Columns.of(profileKind)), XLSX, profileKind.tag() + "-import-template.xlsx");
	}

	@GetMapping("/templates/{kind}.csv")
	@Operation(summary = "The .csv template of a kind (UTF-8 with BOM): bilingual headers and one example row")
	ResponseEntity<byte[]> csvTemplate(@PathVariable String kind) {
		ProfileKind profileKind = kind(kind);
		return download(Templates.csv(Columns.of(profileKind)), new MediaType("text", "csv", StandardCharsets.UTF_8),
				profileKind.tag() + "-import-template.csv");
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

	/** enterprise, investor or counterpart; any case, plural too. */
	static ProfileKind kind(@Nullable String given) {
		String tag = (given != null) ? given.strip().toLowerCase(Locale.ROOT) : "";
		return Arrays.stream(ProfileKind.values())
			.filter((kind) -> kind.tag().equals(tag) || (kind.tag() + "s").equals(tag))
			.findFirst()
			.orElseThrow(() -> ImportRejectedException.unknownKind((given != null) ? given : ""));
	}

	private static @Nullable Charset charset(@Nullable String given) {
		if (given == null || given.isBlank()) {
			return null;
		}
		try {
			return Charset.forName(given.strip());
		}
		catch (IllegalArgumentException ex) {
			throw ImportRejectedException.unsupportedCharset(given);
		}
	}

}
