package io.duijie.intake.profiles;

/**
 * One invalid field of a request.
 *
 * @param field the JSON path of the field, e.g. {@code creditCode},
 * {@code contact.email}, {@code industryCodes[1]}
 * @param code a stable machine code, e.g. {@code creditCode.checkDigit}
 * @param message the explanation in the request's language
 */
public record FieldViolation(String field, String code, String message) {
}
