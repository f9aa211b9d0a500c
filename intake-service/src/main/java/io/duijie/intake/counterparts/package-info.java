/**
 * Park-side counterparts: industry clusters, institutions and spaces:
 * {@code /api/counterparts}.
 */
@NullMarked
package io.duijie.intake.counterparts;

import org.jspecify.annotations.NullMarked;
