package org.hospitalatlas.change;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of the changes feed, oldest first, and where the next one starts. */
public record ChangePage(
        List<Change> items,

        @Schema(
                description = "Opaque cursor: pass it as ?after= to read what came after this page (the same cursor"
                        + " when nothing did)")
        String next,

        @Schema(description = "Whether more changes are waiting after this page")
        boolean more) {}
