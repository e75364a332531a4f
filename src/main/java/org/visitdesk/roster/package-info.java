/**
 * Excel workbooks to print and to take elsewhere: the roster, the visit sheets and the export of everything.
 * Pure writers over small values of their own (and domain records): no JavaFX, no store, no use cases.
 */
package org.visitdesk.roster;
