package io.duijie.intake.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.duijie.intake.imports.Columns.Column;
import io.duijie.intake.imports.Headers.Bound;
import io.duijie.intake.imports.Headers.Mapping;
import io.duijie.intake.imports.Table.Row;
import io.duijie.intake.reference.Text;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a row into the JSON object the API would receive: each bound column's cell at its
 * field ({@code contact.phone} inside {@code contact}), empty cells left out. A cell that
 * is no number where a number belongs is left out too and reported as
 * {@code json.invalidValue}, as the API reports a JSON value of the wrong type.
 */
final class RowReader {

	static final String INVALID_VALUE = "json.invalidValue";

	private static final Pattern LIST_SEPARATORS = Pattern.compile("[、;,；，\\r\\n]+");

	private static final Pattern GROUPING = Pattern.compile("[,\\s]");

	/**
	 * A row read.
	 *
	 * @param json the request object
	 * @param invalid the fields whose cells could not be read
	 */
	record Read(ObjectNode json, List<String> invalid) {
	}

	private RowReader() {
	}

	static Read read(Row row, Mapping mapping) {
		ObjectNode json = JsonNodeFactory.instance.objectNode();
		List<String> invalid = new ArrayList<>();
		for (Bound bound : mapping.columns()) {
			String cell = row.cell(bound.index()).strip();
			if (cell.isEmpty()) {
				continue;
			}
			Column column = bound.column();
			JsonNode value = value(cell, column);
			if (value == null) {
				invalid.add(column.field());
			}
			else {
				put(json, column.field(), value);
			}
		}
		return new Read(json, List.copyOf(invalid));
	}

	private static @org.jspecify.annotations.Nullable JsonNode value(String cell, Column column) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		switch (column.type()) {
			case LIST -> {
				ArrayNode items = nodes.arrayNode();
				for (String item : LIST_SEPARATORS.split(cell)) {
					if (!item.isBlank()) {
						items.add(label(item.strip(), column));
					}
				}
				return items;
			}
			case INTEGER -> {
				BigDecimal number = number(cell);
				if (number == null) {
					return null;
				}
				try {
					return nodes.numberNode(number.longValueExact());
				}
				catch (ArithmeticException ex) {
					return null;
				}
			}
			case DECIMAL -> {
				BigDecimal number = number(cell);
				return (number != null) ? nodes.numberNode(number.doubleValue()) : null;
			}
			default -> {
				return nodes.stringNode(label(cell, column));
			}
		}
	}

	/** A label of the column (成长期) as its code (GROWTH); anything else as it is. */
	private static String label(String text, Column column) {
		if (column.labels().isEmpty()) {
			return text;
		}
		String code = column.labels().get(Text.halfWidth(text).strip());
		if (code != null) {
			return code;
		}
		String upper = text.toUpperCase(Locale.ROOT);
		return column.labels().containsValue(upper) ? upper : text;
	}

	private static @org.jspecify.annotations.Nullable BigDecimal number(String cell) {
		String plain = GROUPING.matcher(Text.halfWidth(cell)).replaceAll("");
		try {
			return new BigDecimal(plain);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static void put(ObjectNode json, String field, JsonNode value) {
		ObjectNode parent = json;
		String[] path = field.split("\\.");
		for (int i = 0; i < path.length - 1; i++) {
			JsonNode child = parent.get(path[i]);
			if (!(child instanceof ObjectNode)) {
				child = parent.putObject(path[i]);
			}
			parent = (ObjectNode) child;
		}
		parent.set(path[path.length - 1], value);
	}

}
