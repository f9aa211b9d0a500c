/**
 * A real Kafka broker and a real Redis for tests, and helpers to look at what the
 * services wrote.
 */
@NullMarked
package io.duijie.testsupport;

import org.jspecify.annotations.NullMarked;
