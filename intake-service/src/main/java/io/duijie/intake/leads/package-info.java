/**
 * The 招商 pipeline: leads from 线索 to 投产, their amounts, owners and hand-overs, each change
 * an event on {@code leads}; and each lead's timeline of matches, feedback and fair
 * meetings.
 */
@NullMarked
package io.duijie.intake.leads;

import org.jspecify.annotations.NullMarked;
