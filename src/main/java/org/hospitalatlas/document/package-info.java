/**
 * Source documents: the seed loader, {@code POST /documents} and its import of the extractor's facts into the
 * hospital, indicator, reform and consortium modules, withdrawal, {@code /documents} reads and {@code /extractions}
 * (the extractor over HTTP), and the {@code extract} command.
 */
package org.hospitalatlas.document;
