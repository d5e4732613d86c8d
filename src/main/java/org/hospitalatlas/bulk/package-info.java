/**
 * Bulk imports: CSV files of hospitals, indicator values, pilots, consortia and members through {@code COPY}, all or
 * nothing ({@code /imports}), a folder of documents through the document import, and the {@code import} command.
 */
package org.hospitalatlas.bulk;
