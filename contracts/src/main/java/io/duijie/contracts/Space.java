package io.duijie.contracts;

import org.jspecify.annotations.Nullable;

/**
 * A space on offer: type, area in m², monthly rent in CNY per m² (if let), the electric
 * power it can supply in kVA (if known).
 */
public record Space(SpaceType type, long areaM2, @Nullable Double priceCnyPerM2Month, @Nullable Long powerKva) {
}
