/**
 * What the three profile kinds share: versions, the Redis store, the event publisher,
 * validation errors.
 */
@NullMarked
package io.duijie.intake.profiles;

import org.jspecify.annotations.NullMarked;
