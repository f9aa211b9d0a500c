/**
 * Inbound profile events: one thin listener per compacted topic, and the index rebuild
 * from those topics.
 */
@NullMarked
package io.duijie.matching.profiles;

import org.jspecify.annotations.NullMarked;
