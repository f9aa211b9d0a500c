/**
 * Lettuce client options for every service.
 */
@NullMarked
package io.duijie.platform.redis;

import org.jspecify.annotations.NullMarked;
