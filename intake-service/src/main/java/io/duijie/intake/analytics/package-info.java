/**
 * Figures for park managers: leads by stage, cluster, source city, staff member, source
 * and fair; conversion between stages; contracted and landed investment; each fair's
 * funnel; as JSON, CSV and .xlsx.
 */
@NullMarked
package io.duijie.intake.analytics;

import org.jspecify.annotations.NullMarked;
