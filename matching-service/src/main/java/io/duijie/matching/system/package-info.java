/**
 * Cross-cutting configuration: settings and topic declarations.
 */
@NullMarked
package io.duijie.matching.system;

import org.jspecify.annotations.NullMarked;
