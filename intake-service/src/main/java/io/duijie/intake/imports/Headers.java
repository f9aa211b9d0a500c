package io.duijie.intake.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.duijie.intake.imports.Columns.Column;
import io.duijie.intake.imports.Columns.Layout;
import io.duijie.intake.imports.Table.Merge;
import io.duijie.intake.imports.Table.Row;
import org.jspecify.annotations.Nullable;

/**
 * Finds the header row of a table and the column of each field. Headers are compared
 * after NFKC (full-width to half-width, ㎡ to m2), lower-casing and dropping white space
 * and {@code _ - . : * ·}; with and without a bracketed unit; a bilingual template header
 * ({@code 企业名称 / name}) by either half. The header row is the one among the first
 * {@value #SCAN} rows that names the most columns; a cell under a merged group header
 * (联系人 spanning 姓名, 电话, 邮箱) is looked up among that group's columns first.
 */
final class Headers {

	static final int SCAN = 12;

	private static final Pattern PARTS = Pattern.compile("\\s+/\\s+|\\R");

	private static final Pattern IGNORED = Pattern.compile("[\\s_\\-.:*·'\"’‘“”]");

	private static final Pattern BRACKETS = Pattern.compile("\\(.*?\\)|\\[.*?]|【.*?】|<.*?>");

	/**
	 * A column of the file bound to a field.
	 *
	 * @param index the column index, from 0
	 * @param header the header as written ({@code 联系人 - 电话} under a group)
	 * @param column the field's column
	 */
	record Bound(int index, String header, Column column) {
	}

	/**
	 * The header row and the bound columns.
	 *
	 * @param headerRow the index in {@link Table#rows()} of the header row; data follows
	 * @param columns the bound columns in file order
	 */
	record Mapping(int headerRow, List<Bound> columns) {

		@Nullable Bound of(String field) {
			for (Bound bound : this.columns) {
				if (bound.column().field().equals(field)) {
					return bound;
				}
			}
			return null;
		}

		/**
		 * The column a reported field belongs to: {@code industryCodes[1]} to
		 * industryCodes, {@code contact} to the first contact column.
		 */
		@Nullable Bound forField(String field) {
			String plain = field.replaceAll("\\[\\d+]", "");
			Bound exact = of(plain);
			if (exact != null) {
				return exact;
			}
			for (Bound bound : this.columns) {
				if (bound.column().field().startsWith(plain + ".")) {
					return bound;
				}
			}
			int dot = plain.lastIndexOf('.');
			return (dot > 0) ? forField(plain.substring(0, dot)) : null;
		}

	}

	private Headers() {
	}

	/**
	 * The mapping with the most bound columns; empty if no row names any column.
	 */
	static Mapping find(Table table, Layout layout) {
		Map<String, Column> global = new HashMap<>();
		for (Column column : layout.columns()) {
			for (String name : Columns.names(column)) {
				for (String key : keys(name)) {
					global.putIfAbsent(key, column);
				}
			}
		}
		Mapping best = new Mapping(-1, List.of());
		int scan = Math.min(SCAN, table.rows().size());
		for (int i = 0; i < scan; i++) {
			Mapping mapping = bind(table, i, layout, global);
			if (mapping.columns().size() > best.columns().size()) {
				best = mapping;
			}
		}
		return best;
	}

	private static Mapping bind(Table table, int index, Layout layout, Map<String, Column> global) {
		Row row = table.rows().get(index);
		int width = 0;
		for (int i = index; i >= Math.max(0, index - 1); i--) {
			width = Math.max(width, table.rows().get(i).cells().size());
		}
		for (Merge merge : table.merges()) {
			width = Math.max(width, merge.lastColumn() + 1);
		}
		List<Bound> bound = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		for (int c = 0; c < width; c++) {
			String text = table.value(row.number(), c).strip();
			if (text.isEmpty()) {
				continue;
			}
			String groupHeader = groupAbove(table, row.number(), c);
			String group = (groupHeader != null) ? group(groupHeader, layout) : null;
			Column column = null;
			if (group != null) {
				column = match(text, layout, group, taken);
			}
			if (column == null) {
				column = matchGlobal(text, global, taken);
			}
			if (column != null) {
				taken.add(column.field());
				bound.add(new Bound(c, (groupHeader != null) ? groupHeader.strip() + " - " + text : text, column));
			}
		}
		return new Mapping(index, List.copyOf(bound));
	}

	/**
	 * The text of a region merged across columns in the row above, ending there: a group
	 * header.
	 */
	private static @Nullable String groupAbove(Table table, int rowNumber, int column) {
		if (rowNumber <= 1) {
			return null;
		}
		Merge merge = table.merge(rowNumber - 1, column);
		if (merge == null || merge.lastRow() != rowNumber - 1 || merge.firstColumn() == merge.lastColumn()) {
			return null;
		}
		String text = table.value(rowNumber - 1, column).strip();
		return text.isEmpty() ? null : text;
	}

	private static @Nullable String group(String header, Layout layout) {
		Set<String> keys = keys(header);
		for (Map.Entry<String, List<String>> group : layout.groups().entrySet()) {
			for (String name : group.getValue()) {
				if (keys.stream().anyMatch(keys(name)::contains)) {
					return group.getKey();
				}
			}
		}
		return null;
	}

	private static @Nullable Column match(String text, Layout layout, String group, Set<String> taken) {
		Set<String> keys = keys(text);
		for (Column column : layout.columns()) {
			if (!group.equals(column.group()) || taken.contains(column.field())) {
				continue;
			}
			List<String> names = new ArrayList<>(column.subAliases());
			names.add(column.leaf());
			names.addAll(Columns.names(column));
			for (String name : names) {
				if (keys.stream().anyMatch(keys(name)::contains)) {
					return column;
				}
			}
		}
		return null;
	}

	private static @Nullable Column matchGlobal(String text, Map<String, Column> global, Set<String> taken) {
		for (String key : keys(text)) {
			Column column = global.get(key);
			if (column != null && !taken.contains(column.field())) {
				return column;
			}
		}
		return null;
	}

	/**
	 * The comparison keys of a header: each bilingual half, each with and without its
	 * bracketed parts.
	 */
	static Set<String> keys(String header) {
		Set<String> keys = new LinkedHashSet<>();
		List<String> parts = new ArrayList<>();
		parts.add(header);
		parts.addAll(List.of(PARTS.split(header)));
		for (String part : parts) {
			String normal = IGNORED.matcher(Normalizer.normalize(part, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
				.replaceAll("");
			if (!normal.isEmpty()) {
				keys.add(normal);
			}
			String bare = BRACKETS.matcher(normal).replaceAll("");
			if (!bare.isEmpty()) {
				keys.add(bare);
			}
		}
		return keys;
	}

}
