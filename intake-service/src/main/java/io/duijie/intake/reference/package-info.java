/**
 * Pure reference data and checks: credit codes (GB 32100), regions (GB/T 2260), industry
 * codes (GB/T 4754), phones.
 */
@NullMarked
package io.duijie.intake.reference;

import org.jspecify.annotations.NullMarked;
