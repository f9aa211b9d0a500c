/**
 * Duijie's public event contracts: topic names, CloudEvents types and the records each
 * topic carries.
 */
@NullMarked
package io.duijie.contracts;

import org.jspecify.annotations.NullMarked;
