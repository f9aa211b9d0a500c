/**
 * The match scorer: pure Java, explainable factor by factor in Chinese and English.
 */
@NullMarked
package io.duijie.matching.scoring;

import org.jspecify.annotations.NullMarked;
