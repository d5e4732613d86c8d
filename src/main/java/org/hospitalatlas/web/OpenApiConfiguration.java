package org.hospitalatlas.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI hospitalAtlasOpenApi(@Value("${hospital-atlas.version:0.1.0}") String version) {
        return new OpenAPI()
                .info(new Info()
                        .title("Hospital Atlas API")
                        .version(version)
                        .description("""
                                Facts on Chinese public hospitals' high-quality development (公立医院高质量发展) \
                                — hospitals, annual indicators, reform pilots and consortia — extracted from \
                                source documents. Every figure keeps the document, character offsets and exact \
                                quote it was read from. Errors are RFC 9457 problem+json.""")
                        .license(new License().name("Data: see each source document")));
    }
}
