package io.duijie.contracts;

/**
 * An administrative region: GB/T 2260 code (six digits; Hong Kong {@code 810000}, Macau
 * {@code 820000}) and its Chinese name.
 */
public record Region(String code, String name) {
}
