/**
 * The extractor: plain Java, text in, facts with offsets out. {@link org.hospitalatlas.extraction.DocumentExtractor}
 * reads a report on public hospitals and answers an {@link org.hospitalatlas.extraction.ExtractionResult}: the
 * hospitals it names, their indicator figures, reform pilots and consortia, each fact with the exact span of text it
 * came from and how sure the reading is. It is deterministic and never throws on a text it cannot read (it finds
 * fewer facts). Its vocabulary (indicator names and units, pilot categories, China's administrative divisions) is
 * read from the resource files beside these classes; {@link org.hospitalatlas.extraction.AdministrativeDivisions} is
 * also used on its own by the FHIR export and the synthetic data generator.
 *
 * <p>No Spring, no JPA, no database and no other module of the application ({@code ArchitectureTest} checks it): the
 * document module stores what it finds, and the extractor runs the same from the {@code extract} command, a test or
 * {@code /extractions}.
 */
package org.hospitalatlas.extraction;
