/**
 * Cross-cutting configuration: settings, topics, HTTP problem details, body limits, JSON
 * strictness, OpenAPI.
 */
@NullMarked
package io.duijie.intake.system;

import org.jspecify.annotations.NullMarked;
