package io.duijie.intake.imports;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * An import job as {@code GET /api/imports/{id}} answers it.
 *
 * @param id the job id: the SHA-256 of kind, charset and file, 32 hex digits
 * @param kind enterprise, investor or counterpart
 * @param fileName the uploaded file's name
 * @param status QUEUED, RUNNING, DONE or FAILED
 * @param total data rows in the file (empty rows not counted)
 * @param done rows handled so far
 * @param published rows published as a new version (acknowledged by the broker)
 * @param unchanged valid rows equal to the current profile: nothing published
 * @param invalid rows reported in errors, nothing published
 * @param failed valid rows the broker or the store did not take in time, reported in
 * errors: nothing or an unacknowledged record was published; upload again to retry them
 * @param createdAt when the job was queued
 * @param finishedAt when it finished
 * @param failure why the job failed, if it did
 * @param errors each invalid field of each bad row
 */
@Schema(description = "A bulk import job: progress, counts and the bad rows")
record ImportJob(String id, String kind, String fileName, Status status, int total, int done, int published,
		int unchanged, int invalid, int failed, @Nullable Instant createdAt, @Nullable Instant finishedAt,
		@Nullable String failure, List<RowError> errors) {

	enum Status {

		QUEUED, RUNNING, DONE, FAILED

	}

	/**
	 * One invalid field of a row.
	 *
	 * @param row the row number as the spreadsheet shows it
	 * @param column the column header as written in the file, if the field has a column
	 * @param field the JSON field, as the API reports it ({@code contact.email})
	 * @param code the message code ({@code email.invalid})
	 * @param message the message in {@code zh-CN} and {@code en}
	 */
	@Schema(description = "One invalid field of a row")
	record RowError(int row, @Nullable String column, String field, String code, Map<String, String> message) {
	}

}
