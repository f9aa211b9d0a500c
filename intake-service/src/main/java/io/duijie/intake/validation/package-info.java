/**
 * Bean Validation constraints shared by the three profile kinds; each reports its own
 * message code.
 */
@NullMarked
package io.duijie.intake.validation;

import org.jspecify.annotations.NullMarked;
