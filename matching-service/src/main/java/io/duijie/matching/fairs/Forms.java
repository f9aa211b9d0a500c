package io.duijie.matching.fairs;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import io.duijie.matching.fairs.FairProblems.FieldError;
import org.jspecify.annotations.Nullable;

/** Field checks shared by the fairs API's request bodies. */
final class Forms {

	static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:~-]{0,99}");

	static final Pattern GROUP = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

	static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	static final Pattern MATCH_ID = Pattern.compile("[^~]+~[^~]+");

	private Forms() {
	}

	static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	/** A required text of at most {@code max} characters. */
	static void required(List<FieldError> errors, String field, @Nullable String value, int max) {
		if (blank(value)) {
			errors.add(FieldError.required(field));
		}
		else {
			optional(errors, field, value, max);
		}
	}

	/** An optional text: not blank when given, at most {@code max} characters. */
	static void optional(List<FieldError> errors, String field, @Nullable String value, int max) {
		if (value != null && value.isBlank()) {
			errors.add(new FieldError(field, "不得为空白", "must not be blank"));
		}
		else if (value != null && value.length() > max) {
			errors.add(FieldError.tooLong(field, max));
		}
	}

	static void matches(List<FieldError> errors, String field, @Nullable String value, Pattern pattern, String zh,
			String en) {
		if (value != null && !value.isBlank() && !pattern.matcher(value).matches()) {
			errors.add(new FieldError(field, zh, en));
		}
	}

	static <E extends Enum<E>> @Nullable E oneOf(List<FieldError> errors, String field, @Nullable String value,
			Class<E> type, boolean required) {
		List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
		if (blank(value)) {
			if (required) {
				errors.add(FieldError.required(field));
			}
			return null;
		}
		if (!names.contains(value)) {
			errors.add(FieldError.oneOf(field, names));
			return null;
		}
		return Enum.valueOf(type, value);
	}

	static @Nullable LocalTime time(List<FieldError> errors, String field, @Nullable String value) {
		if (blank(value)) {
			errors.add(FieldError.required(field));
			return null;
		}
		try {
			return LocalTime.parse(value).truncatedTo(ChronoUnit.MINUTES);
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError(field, "须为 HH:mm 格式的时间", "must be a time as HH:mm"));
			return null;
		}
	}

	static @Nullable LocalDate date(List<FieldError> errors, String field, @Nullable String value) {
		if (blank(value)) {
			errors.add(FieldError.required(field));
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError(field, "须为 yyyy-MM-dd 格式的日期", "must be a date as yyyy-MM-dd"));
			return null;
		}
	}

	static @Nullable ZoneId zone(List<FieldError> errors, String field, @Nullable String value) {
		if (value == null) {
			return ZoneId.of("Asia/Shanghai");
		}
		try {
			return ZoneId.of(value);
		}
		catch (DateTimeException ex) {
			errors.add(new FieldError(field, "不是有效的时区（如 Asia/Shanghai）", "is not a time zone (e.g. Asia/Shanghai)"));
			return null;
		}
	}

	static void range(List<FieldError> errors, String field, @Nullable Integer value, int min, int max,
			boolean required) {
		if (value == null) {
			if (required) {
				errors.add(FieldError.required(field));
			}
		}
		else if (value < min || value > max) {
			errors.add(
					new FieldError(field, "须在 " + min + " 到 " + max + " 之间", "must be between " + min + " and " + max));
		}
	}

	/**
	 * Checks each element of an optional list; a list larger than {@code max} is an
	 * error.
	 */
	static <T> void each(List<FieldError> errors, String field, @Nullable List<T> values, int max, Element<T> check) {
		if (values == null) {
			return;
		}
		if (values.size() > max) {
			errors.add(new FieldError(field, "最多 " + max + " 项", "must have at most " + max + " items"));
			return;
		}
		for (int i = 0; i < values.size(); i++) {
			check.check(errors, field + "[" + i + "]", values.get(i));
		}
	}

	interface Element<T> {

		void check(List<FieldError> errors, String field, @Nullable T value);

	}

	/** The errors found so far, as a fresh list. */
	static List<FieldError> errors() {
		return new ArrayList<>();
	}

}
