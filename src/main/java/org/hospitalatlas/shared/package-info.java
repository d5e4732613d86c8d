/**
 * Open infrastructure every module may use: domain exceptions, evidence and spans of text, slugs, partial dates,
 * like-escaping and the province filter's SQL pieces, paging of results and number formatting.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.hospitalatlas.shared;

import org.springframework.modulith.ApplicationModule;
