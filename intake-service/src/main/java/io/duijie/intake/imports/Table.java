package io.duijie.intake.imports;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The first sheet of a file as text: its non-empty rows and its merged cells.
 *
 * @param rows the rows in order, each with the number the spreadsheet shows
 * @param merges the merged regions (none in a CSV file)
 */
record Table(List<Row> rows, List<Merge> merges) {

	/**
	 * One row.
	 *
	 * @param number the row number as the spreadsheet shows it (1 for the first)
	 * @param cells the cells' text by column index, "" where empty
	 */
	record Row(int number, List<String> cells) {

		String cell(int index) {
			return (index < this.cells.size()) ? this.cells.get(index) : "";
		}

		boolean blank() {
			return this.cells.stream().allMatch(String::isBlank);
		}

	}

	/**
	 * A merged region; rows as the spreadsheet numbers them, columns from 0.
	 */
	record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {

		boolean covers(int row, int column) {
			return row >= this.firstRow && row <= this.lastRow && column >= this.firstColumn
					&& column <= this.lastColumn;
		}

	}

	/** The row with this number, or null. */
	@Nullable Row row(int number) {
		for (Row row : this.rows) {
			if (row.number() == number) {
				return row;
			}
			if (row.number() > number) {
				return null;
			}
		}
		return null;
	}

	/** The text of a cell, or of the merged region it lies in. */
	String value(int rowNumber, int column) {
		Row row = row(rowNumber);
		String text = (row != null) ? row.cell(column) : "";
		if (!text.isBlank()) {
			return text;
		}
		Merge merge = merge(rowNumber, column);
		if (merge == null || (merge.firstRow() == rowNumber && merge.firstColumn() == column)) {
			return text;
		}
		Row first = row(merge.firstRow());
		return (first != null) ? first.cell(merge.firstColumn()) : "";
	}

	@Nullable Merge merge(int rowNumber, int column) {
		for (Merge merge : this.merges) {
			if (merge.covers(rowNumber, column)) {
				return merge;
			}
		}
		return null;
	}

}
