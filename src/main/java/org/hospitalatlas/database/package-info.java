/**
 * Open infrastructure for PostgreSQL: the embedded server, the data version behind ETags, outage detection and the
 * one lock order for writers of facts.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.hospitalatlas.database;

import org.springframework.modulith.ApplicationModule;
