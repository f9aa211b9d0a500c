/**
 * Current matches: computing, storing, publishing and serving them.
 */
@NullMarked
package io.duijie.matching.matches;

import org.jspecify.annotations.NullMarked;
