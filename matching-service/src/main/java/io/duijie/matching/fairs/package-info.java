/**
 * Matchmaking fairs (对接会): fairs, their participants and meeting requests, schedule
 * versions made by the {@link io.duijie.matching.fairs.solver.FairScheduler} and reviewed
 * by organisers, published as meeting events on {@code fair-meetings}, check-ins and
 * outcomes on the day. State lives on the compacted {@code fairs} topic and in Redis.
 */
@NullMarked
package io.duijie.matching.fairs;

import org.jspecify.annotations.NullMarked;
