/**
 * Enterprise profiles (企业画像): {@code /api/enterprises}, identified by their credit code.
 */
@NullMarked
package io.duijie.intake.enterprises;

import org.jspecify.annotations.NullMarked;
