/**
 * The change feed ({@code /changes}): what was written, in commit order, for clients that sync incrementally.
 */
package org.hospitalatlas.change;
