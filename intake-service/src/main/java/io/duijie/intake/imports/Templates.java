package io.duijie.intake.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.duijie.intake.imports.Columns.Column;
import io.duijie.intake.imports.Columns.Layout;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The template of a kind: one header row, each header bilingual ({@code 企业名称 / name};
 * required ones bold on a yellow fill in .xlsx), and one example row that imports as it
 * is. Numbers are numeric cells, everything else text.
 */
final class Templates {

	private Templates() {
	}

	static byte[] xlsx(Layout layout) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet(layout.kind().tag());
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle required = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			required.setFont(bold);
			required.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
			required.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			XSSFRow header = sheet.createRow(0);
			XSSFRow example = sheet.createRow(1);
			List<Column> columns = layout.columns();
			for (int c = 0; c < columns.size(); c++) {
				Column column = columns.get(c);
				XSSFCell cell = header.createCell(c);
				cell.setCellValue(column.header());
				if (column.required()) {
					cell.setCellStyle(required);
				}
				XSSFCell value = example.createCell(c);
				boolean number = column.type() == Columns.Type.INTEGER || column.type() == Columns.Type.DECIMAL;
				if (number && !column.example().isEmpty()) {
					value.setCellValue(Double.parseDouble(column.example()));
				}
				else {
					value.setCellStyle(text);
					value.setCellValue(column.example());
				}
				sheet.setColumnWidth(c, Math.min(60, Math.max(12, column.header().length() * 2 + 2)) * 256);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** UTF-8 with a BOM, so that Excel opens it as UTF-8. */
	static byte[] csv(Layout layout) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			printer.printRecord(layout.columns().stream().map(Column::header).toList());
			printer.printRecord(layout.columns().stream().map(Column::example).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
