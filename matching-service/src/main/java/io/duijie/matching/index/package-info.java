/**
 * The candidate index: the latest version of every enterprise, counterpart and investor,
 * kept in Redis.
 */
@NullMarked
package io.duijie.matching.index;

import org.jspecify.annotations.NullMarked;
