package io.duijie.matching.fairs.exports;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The .xlsx grid read back with POI. */
class ScheduleWorkbookTests {

	@Test
	void theGridHasASlotPerRowAndATablePerColumn() throws Exception {
		try (XSSFWorkbook workbook = read(SampleSheets.index(true))) {
			assertThat(workbook.getSheetName(0)).isEqualTo("日程总表");
			Sheet grid = workbook.getSheet("日程总表");
			assertThat(cells(grid.getRow(0))).containsExactly("时段 \\ 桌号", "A-01", "A-02");
			assertThat(cells(grid.getRow(1))).containsExactly("上午场 09:00–09:20", "华信精密制造有限公司 对 清远高新区管委会",
					SampleSheets.SCRIPT + " 对 粤港澳创投基金");
			assertThat(cells(grid.getRow(2))).containsExactly("上午场 09:20–09:40", SampleSheets.SCRIPT + " 对 清远高新区管委会",
					"");
			assertThat(cells(grid.getRow(3))).containsExactly("下午场 14:00–14:20", "", "华信精密制造有限公司 对 粤港澳创投基金");
			assertThat(grid.getLastRowNum()).isEqualTo(3);
			PaneInformation pane = grid.getPaneInformation();
			assertThat(pane.isFreezePane()).isTrue();
			assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 1);
			assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
			// "上午场 09:00–09:20": 3 CJK characters, 12 others = 18, plus 2 of margin
			assertThat(grid.getColumnWidth(0)).isEqualTo(20 * 256);
			// the script's name against 清远高新区管委会 is 51 wide: capped at 40 (the cell
			// wraps)
			assertThat(grid.getColumnWidth(1)).isEqualTo(42 * 256);
			assertThat(grid.getHeader().getCenter()).isEqualTo(SampleSheets.NAME + " 日程 第 3 版");
			assertThat(workbook.getProperties().getCoreProperties().getTitle())
				.isEqualTo(SampleSheets.NAME + " 日程 第 3 版");
		}
	}

	@Test
	void theSecondSheetListsEveryMeeting() throws Exception {
		try (XSSFWorkbook workbook = read(SampleSheets.index(false))) {
			Sheet list = workbook.getSheet("对接清单");
			assertThat(cells(list.getRow(0))).containsExactly("时段", "场次", "时间", "桌号", "参会方一", "类型一", "参会方二", "类型二",
					"已锁定", "议题", "对接编号");
			assertThat(list.getLastRowNum()).isEqualTo(4);
			assertThat(cells(list.getRow(1))).containsExactly("1", "上午场", "09:00–09:20", "A-01", "华信精密制造有限公司", "企业",
					"清远高新区管委会", "政府部门", "是", "厂房需求 5000㎡", "m-1");
			assertThat(cells(list.getRow(2))).containsExactly("1", "上午场", "09:00–09:20", "A-02", SampleSheets.SCRIPT,
					"企业", "粤港澳创投基金", "投资机构", "否", "A 轮融资 & <b>估值</b>", "m-3");
			assertThat(cells(list.getRow(4))).startsWith("3", "下午场", "14:00–14:20", "A-02");
			assertThat(list.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
			assertThat(list.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(list.getHeader().getCenter()).endsWith("第 3 版（草稿）");
		}
	}

	@Test
	void widthCountsChineseCharactersTwice() {
		assertThat(ScheduleWorkbook.width("A-01")).isEqualTo(4);
		assertThat(ScheduleWorkbook.width("华信 A")).isEqualTo(6);
		assertThat(ScheduleWorkbook.width("（草稿）")).isEqualTo(8);
	}

	private static XSSFWorkbook read(SheetIndex index) throws Exception {
		return new XSSFWorkbook(new ByteArrayInputStream(ScheduleWorkbook.xlsx(index)));
	}

	private static List<String> cells(Row row) {
		List<String> values = new ArrayList<>();
		for (int c = 0; c < row.getLastCellNum(); c++) {
			Cell cell = row.getCell(c);
			values.add(switch (cell.getCellType()) {
				case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
				default -> cell.getStringCellValue();
			});
		}
		return values;
	}

}
