/**
 * Scheduling rules (DESIGN.md section 4): {@link org.visitdesk.scheduling.ConflictRules} finds conflicts,
 * {@link org.visitdesk.scheduling.ConflictMessages} explains them in English or Spanish, and
 * {@link org.visitdesk.scheduling.FreeSlots} finds a time. Pure Java: no UI, no storage, no I/O.
 */
package org.visitdesk.scheduling;
