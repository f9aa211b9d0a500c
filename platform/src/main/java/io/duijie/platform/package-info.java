/**
 * What every Duijie service shares, as a Spring Boot auto-configuration.
 */
@NullMarked
package io.duijie.platform;

import org.jspecify.annotations.NullMarked;
