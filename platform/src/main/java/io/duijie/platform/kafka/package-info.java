/**
 * CloudEvents on Kafka: serialisation, topic declarations, the dead-letter error handler.
 */
@NullMarked
package io.duijie.platform.kafka;

import org.jspecify.annotations.NullMarked;
