package io.duijie.intake.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import io.duijie.intake.imports.Table.Merge;
import io.duijie.intake.imports.Table.Row;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an .xlsx file (as a stream of SAX events: a 10,000-row file
 * never becomes a workbook in memory) or a CSV file into a {@link Table}. CSV: UTF-8 with
 * or without BOM, else GB18030 (a superset of GBK and GB2312), unless a charset is given;
 * comma, semicolon or tab separated, whichever the first line has most of.
 */
final class SpreadsheetReader {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	static final Charset GBK = Charset.forName("GB18030");

	private SpreadsheetReader() {
	}

	/**
	 * Reads a file.
	 * @param charset the charset of a CSV file, or null to detect it
	 * @param maxRows more rows than this are refused
	 * @throws ImportRejectedException if it is no spreadsheet or has too many rows
	 */
	static Table read(byte[] bytes, String fileName, @Nullable Charset charset, int maxRows) {
		if (startsWith(bytes, ZIP)) {
			return xlsx(bytes, fileName, maxRows);
		}
		if (startsWith(bytes, OLE2)) {
			throw ImportRejectedException.notASpreadsheet(fileName);
		}
		int probe = Math.min(bytes.length, 8192);
		for (int i = 0; i < probe; i++) {
			if (bytes[i] == 0) {
				throw ImportRejectedException.notASpreadsheet(fileName);
			}
		}
		return csv(bytes, fileName, charset, maxRows);
	}

	static Table xlsx(byte[] bytes, String fileName, int maxRows) {
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw ImportRejectedException.notASpreadsheet(fileName);
			}
			Collector rows = new Collector(maxRows);
			List<Merge> merges = new ArrayList<>();
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new MergeCatcher(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
						strings, rows, new PlainNumbers(), false), merges));
				parser.parse(new InputSource(sheet));
			}
			return new Table(rows.rows, List.copyOf(merges));
		}
		catch (ImportRejectedException ex) {
			throw ex;
		}
		catch (TooManyRows ex) {
			throw ImportRejectedException.tooManyRows(maxRows);
		}
		catch (Exception ex) {
			throw ImportRejectedException.notASpreadsheet(fileName);
		}
	}

	static Table csv(byte[] bytes, String fileName, @Nullable Charset charset, int maxRows) {
		String text = decode(bytes, charset);
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = delimiter(firstLine);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(false)
			.setIgnoreSurroundingSpaces(false)
			.get();
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
			for (CSVRecord record : parser) {
				if (rows.size() >= maxRows + Headers.SCAN) {
					throw ImportRejectedException.tooManyRows(maxRows);
				}
				Row row = new Row((int) record.getRecordNumber(), Arrays.asList(record.values()));
				if (!row.blank()) {
					rows.add(row);
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw ImportRejectedException.notASpreadsheet(fileName);
		}
		return new Table(List.copyOf(rows), List.of());
	}

	/** BOM: UTF-8; valid UTF-8: UTF-8; else GB18030. */
	static String decode(byte[] bytes, @Nullable Charset charset) {
		if (startsWith(bytes, BOM)) {
			return new String(bytes, BOM.length, bytes.length - BOM.length, StandardCharsets.UTF_8);
		}
		if (charset != null) {
			return new String(bytes, charset);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(bytes, GBK);
		}
	}

	private static char delimiter(String line) {
		long commas = line.chars().filter((c) -> c == ',').count();
		long semicolons = line.chars().filter((c) -> c == ';').count();
		long tabs = line.chars().filter((c) -> c == '\t').count();
		if (tabs > commas && tabs >= semicolons) {
			return '\t';
		}
		return (semicolons > commas) ? ';' : ',';
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	/** Collects the rows the sheet handler reports. */
	private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final List<Row> rows = new ArrayList<>();

		private final int maxRows;

		private List<String> cells = new ArrayList<>();

		private int column;

		Collector(int maxRows) {
			this.maxRows = maxRows;
		}

		@Override
		public void startRow(int rowNum) {
			this.cells = new ArrayList<>();
			this.column = 0;
		}

		@Override
		public void endRow(int rowNum) {
			Row row = new Row(rowNum + 1, List.copyOf(this.cells));
			if (!row.blank()) {
				if (this.rows.size() >= this.maxRows + Headers.SCAN) {
					throw new TooManyRows();
				}
				this.rows.add(row);
			}
		}

		@Override
		public void cell(@Nullable String reference, @Nullable String value, @Nullable XSSFComment comment) {
			int index = (reference != null) ? new CellReference(reference).getCol() : this.column;
			while (this.cells.size() < index) {
				this.cells.add("");
			}
			this.cells.add((value != null) ? value : "");
			this.column = index + 1;
		}

	}

	private static final class TooManyRows extends RuntimeException {

		TooManyRows() {
			super(null, null, false, false);
		}

	}

	/**
	 * Numbers as written, without the cell's display format: 13800000001 (not 1.38E+10),
	 * 5000 (not 5,000); dates keep their format.
	 */
	private static final class PlainNumbers extends DataFormatter {

		PlainNumbers() {
			super(Locale.ROOT);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			return formatRawCellContents(value, formatIndex, formatString, false);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
			if (DateUtil.isADateFormat(formatIndex, formatString)) {
				return super.formatRawCellContents(value, formatIndex, formatString, use1904);
			}
			return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
		}

	}

	/**
	 * Passes every event to the sheet handler and notes the {@code mergeCell} elements
	 * (they follow the rows).
	 */
	private static final class MergeCatcher extends DefaultHandler {

		private final ContentHandler delegate;

		private final List<Merge> merges;

		MergeCatcher(ContentHandler delegate, List<Merge> merges) {
			this.delegate = delegate;
			this.merges = merges;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			if ("mergeCell".equals(localName) && attributes.getValue("ref") != null) {
				CellRangeAddress range = CellRangeAddress.valueOf(attributes.getValue("ref"));
				this.merges.add(new Merge(range.getFirstRow() + 1, range.getLastRow() + 1, range.getFirstColumn(),
						range.getLastColumn()));
			}
			this.delegate.startElement(uri, localName, qName, attributes);
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			this.delegate.endElement(uri, localName, qName);
		}

		@Override
		public void characters(char[] ch, int start, int length) throws SAXException {
			this.delegate.characters(ch, start, length);
		}

	}

}
