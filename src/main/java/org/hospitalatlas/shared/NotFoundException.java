package org.hospitalatlas.shared;

import java.util.List;

/** A named resource (hospital, indicator, document …) does not exist; {@code suggestions} are close matches. */
public class NotFoundException extends RuntimeException {

    private final String resource;
    private final String identifier;
    private final List<String> suggestions;

    public NotFoundException(String resource, String identifier) {
        this(resource, identifier, List.of());
    }

    public NotFoundException(String resource, String identifier, List<String> suggestions) {
        super("No " + resource + " '" + identifier + "'");
        this.resource = resource;
        this.identifier = identifier;
        this.suggestions = List.copyOf(suggestions);
    }

    public String resource() {
        return resource;
    }

    public String identifier() {
        return identifier;
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
