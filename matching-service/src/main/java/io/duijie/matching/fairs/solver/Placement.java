package io.duijie.matching.fairs.solver;

/**
 * A request placed on a slot and a table.
 *
 * @param requestId the request
 * @param slot the slot number
 * @param tableId the table
 */
public record Placement(String requestId, int slot, String tableId) {
}
