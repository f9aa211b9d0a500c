/**
 * intake-service: validates and normalises profiles and publishes them to the compacted
 * profile topics.
 */
@NullMarked
package io.duijie.intake;

import org.jspecify.annotations.NullMarked;
