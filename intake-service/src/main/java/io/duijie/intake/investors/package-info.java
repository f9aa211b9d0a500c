/**
 * Investor and fund profiles (投资机构画像): {@code /api/investors}.
 */
@NullMarked
package io.duijie.intake.investors;

import org.jspecify.annotations.NullMarked;
