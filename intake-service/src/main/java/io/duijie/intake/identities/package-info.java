/**
 * Greater Bay Area identity: the same company entered twice (in Simplified, Traditional
 * or English names, or with one registration written two ways) found as a likely
 * duplicate, and merged by staff into a surviving enterprise, keeping history.
 */
@NullMarked
package io.duijie.intake.identities;

import org.jspecify.annotations.NullMarked;
