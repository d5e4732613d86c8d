package org.hospitalatlas.web;

import jakarta.servlet.http.HttpServletRequest;

/** Who is writing: the name of the API key a write was let through with (hospital-atlas.api-keys.&lt;name&gt;). */
public final class WriteAccess {

    /** Request attribute holding the key's name on every write that got past the key check. */
    public static final String KEY_NAME_ATTRIBUTE = WriteAccess.class.getName() + ".keyName";

    private WriteAccess() {}

    /** The key's name, or null outside a write (or where no key was needed). */
    public static String keyName(HttpServletRequest request) {
        return request.getAttribute(KEY_NAME_ATTRIBUTE) instanceof String name ? name : null;
    }
}
