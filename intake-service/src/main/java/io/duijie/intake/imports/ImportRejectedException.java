package io.duijie.intake.imports;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * An upload or a request this feature refuses, answered as the problem
 * {@code https://duijie.io/problems/<type>} with its title and detail from
 * {@code problem.<type>.*} in the request's language.
 */
class ImportRejectedException extends RuntimeException {

	private final HttpStatus status;

	private final String type;

	private final Object[] args;

	private final List<MissingColumn> missing;

	/**
	 * A required column the file does not have.
	 *
	 * @param field the JSON field
	 * @param header the template's header for it
	 */
	record MissingColumn(String field, String header) {
	}

	private ImportRejectedException(HttpStatus status, String type, List<MissingColumn> missing, Object... args) {
		super(type, null, false, false);
		this.status = status;
		this.type = type;
		this.args = args;
		this.missing = List.copyOf(missing);
	}

	static ImportRejectedException unknownKind(String given) {
		return new ImportRejectedException(HttpStatus.BAD_REQUEST, "import-unknown-kind", List.of(), given);
	}

	static ImportRejectedException missingFile() {
		return new ImportRejectedException(HttpStatus.BAD_REQUEST, "import-missing-file", List.of());
	}

	static ImportRejectedException notASpreadsheet(String fileName) {
		return new ImportRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "import-not-a-spreadsheet", List.of(),
				fileName);
	}

	static ImportRejectedException unsupportedCharset(String given) {
		return new ImportRejectedException(HttpStatus.BAD_REQUEST, "import-unsupported-charset", List.of(), given);
	}

	static ImportRejectedException noHeader(String expected) {
		return new ImportRejectedException(HttpStatus.BAD_REQUEST, "import-no-header", List.of(), expected);
	}

	static ImportRejectedException missingColumns(List<MissingColumn> missing) {
		return new ImportRejectedException(HttpStatus.BAD_REQUEST, "import-missing-columns", missing,
				String.join(", ", missing.stream().map(MissingColumn::header).toList()));
	}

	static ImportRejectedException tooLarge(long limit) {
		return new ImportRejectedException(HttpStatus.CONTENT_TOO_LARGE, "import-too-large", List.of(), limit);
	}

	static ImportRejectedException tooManyRows(int limit) {
		return new ImportRejectedException(HttpStatus.CONTENT_TOO_LARGE, "import-too-many-rows", List.of(), limit);
	}

	static ImportRejectedException busy() {
		return new ImportRejectedException(HttpStatus.SERVICE_UNAVAILABLE, "import-busy", List.of());
	}

	static ImportRejectedException notFound(String id) {
		return new ImportRejectedException(HttpStatus.NOT_FOUND, "import-not-found", List.of(), id);
	}

	HttpStatus status() {
		return this.status;
	}

	String type() {
		return this.type;
	}

	Object[] args() {
		return this.args.clone();
	}

	List<MissingColumn> missing() {
		return this.missing;
	}

}
