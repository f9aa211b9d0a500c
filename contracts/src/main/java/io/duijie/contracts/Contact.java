package io.duijie.contracts;

import org.jspecify.annotations.Nullable;

/** A contact person. Personal data: never logged in clear. */
public record Contact(String name, @Nullable String phone, @Nullable String email) {
}
