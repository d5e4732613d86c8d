/**
 * Open infrastructure for the HTTP side: problem details, API keys and write access, CSV answers, ETags, paging
 * headers, CORS, OpenAPI and the parameter texts the controllers share. Only controllers use it.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.hospitalatlas.web;

import org.springframework.modulith.ApplicationModule;
