/**
 * Bulk import: .xlsx and .csv files of enterprises, investors or counterparts, read row
 * by row into the JSON API's requests and submitted through the same intake, as an
 * asynchronous job whose progress and bad rows live in Redis.
 */
@NullMarked
package io.duijie.intake.imports;

import org.jspecify.annotations.NullMarked;
