/**
 * Matching service: scores Greater Bay Area enterprises against park counterparts and
 * investors.
 */
@NullMarked
package io.duijie.matching;

import org.jspecify.annotations.NullMarked;
