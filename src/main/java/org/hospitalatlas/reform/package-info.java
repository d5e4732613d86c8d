/**
 * Reform pilots: the designations a hospital was named to (level, category, batch, designating body), their
 * writes from the document import, and the reads behind {@code /reform-pilots}, its timeline and a hospital's
 * pilots in its profile.
 */
package org.hospitalatlas.reform;
