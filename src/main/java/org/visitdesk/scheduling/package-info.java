/**
 * Scheduling rules (DESIGN.md section 4): {@link org.visitdesk.scheduling.ConflictRules} finds conflicts,
 * {@link org.visitdesk.scheduling.Reach} says which saved visits can matter to a visit,
 * {@link org.visitdesk.scheduling.ConflictMessages} says what to tell a coordinator (message keys and values), and
 * {@link org.visitdesk.scheduling.FreeSlots} finds a time. Pure Java: no UI, no storage, no I/O.
 */
package org.visitdesk.scheduling;
