/**
 * The synthetic national data set and generated reports ({@code generate} command): no Spring context, no database.
 */
package org.hospitalatlas.synthetic;
