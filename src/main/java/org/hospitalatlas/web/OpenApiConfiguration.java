package org.hospitalatlas.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /** The security scheme's name in the document; Swagger UI's Authorize button lists it under this name. */
    static final String API_KEY_SCHEME = "apiKey";

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
                        .license(new License().name("Data: see each source document")))
                .components(new Components()
                        .addSecuritySchemes(
                                API_KEY_SCHEME,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name(ApiKeyInterceptor.HEADER)
                                        .description("One of the server's keys (hospital-atlas.api-key or"
                                                + " HOSPITAL_ATLAS_API_KEY, and the named keys stored as SHA-256"
                                                + " hashes in hospital-atlas.api-keys.<name>); writes are disabled"
                                                + " when none is configured. Reads and the extractor need no"
                                                + " key.")));
    }

    /** Marks every operation the API key interceptor guards, by the interceptor's own rule. */
    @Bean
    OpenApiCustomizer apiKeyOnWrites() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (!path.startsWith("/api/")) {
                    return;
                }
                for (Map.Entry<PathItem.HttpMethod, Operation> operation :
                        item.readOperationsMap().entrySet()) {
                    SecurityRequirement apiKey = new SecurityRequirement().addList(API_KEY_SCHEME);
                    List<SecurityRequirement> present = operation.getValue().getSecurity();
                    if (ApiKeyInterceptor.needsKey(operation.getKey().name(), path)
                            && (present == null || !present.contains(apiKey))) {
                        operation.getValue().addSecurityItem(apiKey);
                    }
                }
            });
        };
    }
}
