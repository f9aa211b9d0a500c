/**
 * Rebuilding a Redis store from compacted topics when it starts empty.
 */
@NullMarked
package io.duijie.platform.replay;

import org.jspecify.annotations.NullMarked;
