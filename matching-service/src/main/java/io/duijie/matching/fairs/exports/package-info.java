/**
 * What organisers and participants take away from a fair's schedule: each participant's
 * agenda as iCalendar and as a printable page, each table's sheet, and the whole grid as
 * a spreadsheet.
 */
@NullMarked
package io.duijie.matching.fairs.exports;

import org.jspecify.annotations.NullMarked;
