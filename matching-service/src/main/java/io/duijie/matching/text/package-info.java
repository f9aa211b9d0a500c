/**
 * Chinese-aware text understanding: script and width normalisation (Traditional →
 * Simplified with ICU), word segmentation with Lucene's SmartChineseAnalyzer, and the
 * industry dictionary kept in {@code seeds/dictionary} (concepts with their synonyms,
 * GB/T 4754-2017 codes and strategic emerging industries categories).
 */
@NullMarked
package io.duijie.matching.text;

import org.jspecify.annotations.NullMarked;
