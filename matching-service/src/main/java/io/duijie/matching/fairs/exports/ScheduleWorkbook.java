package io.duijie.matching.fairs.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import io.duijie.matching.fairs.exports.FairSheet.Meeting;
import io.duijie.matching.fairs.exports.FairSheet.Slot;
import io.duijie.matching.fairs.exports.FairSheet.Table;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The whole schedule as an .xlsx workbook for organisers, in Chinese. Sheet 日程总表: a row
 * per slot (time range), a column per table, each cell "A 对 B"; header row and time
 * column frozen and repeated on every printed page. Sheet 对接清单: one row per meeting
 * (slot, time, table, both sides and their kinds, locked, topic, meeting id), with
 * filters. A draft says so in its sheet headers and document title.
 */
final class ScheduleWorkbook {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String GRID = "日程总表";

	static final String MEETINGS = "对接清单";

	/** Column widths are counted in characters, CJK ones as two; longer cells wrap. */
	private static final int MAX_WIDTH = 40;

	private ScheduleWorkbook() {
	}

	static byte[] xlsx(SheetIndex index) {
		FairSheet sheet = index.sheet();
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			String title = sheet.fairName() + " 日程 第 " + sheet.version() + " 版" + (sheet.published() ? "" : "（草稿）");
			workbook.getProperties().getCoreProperties().setTitle(title);
			CellStyle header = headerStyle(workbook);
			CellStyle cell = cellStyle(workbook);
			grid(workbook.createSheet(GRID), index, title, header, cell);
			meetings(workbook.createSheet(MEETINGS), index, title, header, cell);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void grid(Sheet grid, SheetIndex index, String title, CellStyle header, CellStyle cell) {
		FairSheet sheet = index.sheet();
		List<Table> tables = sheet.tables();
		Row top = grid.createRow(0);
		text(top, 0, "时段 \\ 桌号", header);
		for (int t = 0; t < tables.size(); t++) {
			text(top, t + 1, tables.get(t).name(), header);
		}
		int[] widths = new int[tables.size() + 1];
		widths[0] = width("时段 \\ 桌号");
		for (int t = 0; t < tables.size(); t++) {
			widths[t + 1] = width(tables.get(t).name());
		}
		List<Map<Integer, Meeting>> byTable = tables.stream().map((table) -> index.meetingsAt(table.id())).toList();
		int r = 1;
		for (Slot slot : sheet.slots()) {
			Row row = grid.createRow(r++);
			String times = slot.session() + " " + index.times(slot);
			text(row, 0, times, header);
			widths[0] = Math.max(widths[0], width(times));
			for (int t = 0; t < tables.size(); t++) {
				Meeting meeting = byTable.get(t).get(slot.index());
				String sides = (meeting != null) ? index.sides(meeting, " 对 ") : "";
				text(row, t + 1, sides, cell);
				widths[t + 1] = Math.max(widths[t + 1], width(sides));
			}
		}
		grid.createFreezePane(1, 1);
		setWidths(grid, widths);
		print(grid, title, tables.size());
	}

	private static void meetings(Sheet list, SheetIndex index, String title, CellStyle header, CellStyle cell) {
		List<String> headings = List.of("时段", "场次", "时间", "桌号", "参会方一", "类型一", "参会方二", "类型二", "已锁定", "议题", "对接编号");
		Row top = list.createRow(0);
		int[] widths = new int[headings.size()];
		for (int c = 0; c < headings.size(); c++) {
			text(top, c, headings.get(c), header);
			widths[c] = width(headings.get(c));
		}
		int r = 1;
		for (Meeting meeting : index.meetings()) {
			Slot slot = index.slot(meeting.slot());
			List<String> ids = meeting.participantIds();
			String first = ids.isEmpty() ? "" : ids.get(0);
			List<String> rest = ids.isEmpty() ? List.of() : ids.subList(1, ids.size());
			Row row = list.createRow(r++);
			row.createCell(0).setCellValue(slot.index());
			row.getCell(0).setCellStyle(cell);
			List<String> values = List.of(slot.session(), index.times(slot), index.tableName(meeting.tableId()),
					index.name(first), kind(index, first), String.join("、", rest.stream().map(index::name).toList()),
					String.join("、", rest.stream().map((id) -> kind(index, id)).toList()), meeting.locked() ? "是" : "否",
					(meeting.topic() != null) ? meeting.topic() : "", meeting.meetingId());
			for (int c = 0; c < values.size(); c++) {
				text(row, c + 1, values.get(c), cell);
				widths[c + 1] = Math.max(widths[c + 1], width(values.get(c)));
			}
		}
		list.createFreezePane(0, 1);
		list.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, headings.size() - 1));
		setWidths(list, widths);
		print(list, title, 0);
	}

	private static String kind(SheetIndex index, String participantId) {
		return index.participant(participantId).map((participant) -> Lang.ZH.kind(participant.kind())).orElse("");
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		row.createCell(column).setCellValue(value);
		row.getCell(column).setCellStyle(style);
	}

	private static void print(Sheet sheet, String title, int columns) {
		sheet.getHeader().setCenter(title);
		sheet.getFooter().setCenter("&P / &N");
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
		if (columns > 0) {
			sheet.setRepeatingColumns(CellRangeAddress.valueOf("A:A"));
		}
	}

	private static void setWidths(Sheet sheet, int[] widths) {
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, (Math.min(Math.max(widths[c], 6), MAX_WIDTH) + 2) * 256);
		}
	}

	/** Display width: CJK and other wide characters count twice. */
	static int width(String text) {
		int width = 0;
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			int cp = text.codePointAt(i);
			Character.UnicodeScript script = Character.UnicodeScript.of(cp);
			boolean wide = script == Character.UnicodeScript.HAN || (cp >= 0x3000 && cp <= 0x303F)
					|| (cp >= 0xFF00 && cp <= 0xFFEF);
			width += wide ? 2 : 1;
		}
		return width;
	}

	private static CellStyle headerStyle(XSSFWorkbook workbook) {
		CellStyle style = cellStyle(workbook);
		Font bold = workbook.createFont();
		bold.setBold(true);
		style.setFont(bold);
		style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		return style;
	}

	private static CellStyle cellStyle(XSSFWorkbook workbook) {
		CellStyle style = workbook.createCellStyle();
		style.setWrapText(true);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		return style;
	}

}
