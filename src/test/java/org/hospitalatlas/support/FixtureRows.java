package org.hospitalatlas.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows a test fixture writes for the facts of one document: each with the offsets of its quote in the
 * document's text and a confidence, and idempotent ({@code on conflict do nothing}), since the Spring context and
 * its database are shared by every integration test.
 */
public record FixtureRows(JdbcClient jdbc, String document, String text) {

    /** Where {@code quote} starts in the document's text; a quote not in it is a mistake in the fixture. */
    public int start(String quote) {
        int start = text.indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("not in the fixture text: " + quote);
        }
        return start;
    }

    public void value(
            String hospital,
            String code,
            int year,
            String kind,
            String value,
            String qualifier,
            boolean target,
            String confidence,
            String quote) {
        jdbc.sql("""
                        insert into indicator_value (hospital_id, indicator_code, year, kind, value, qualifier, is_target,
                                                     document_id, char_start, char_end, quote, confidence)
                        select h.id, :code, :year, :kind, cast(:value as numeric), :qualifier, :target,
                               d.id, :start, :end, :quote, cast(:confidence as numeric)
                        from hospital h, source_document d
                        where h.slug = :hospital and d.slug = :document
                        on conflict do nothing
                        """)
                .param("hospital", hospital)
                .param("document", document)
                .param("code", code)
                .param("year", year)
                .param("kind", kind)
                .param("value", value)
                .param("qualifier", qualifier)
                .param("target", target)
                .param("confidence", confidence)
                .param("start", start(quote))
                .param("end", start(quote) + quote.length())
                .param("quote", quote)
                .update();
    }

    /** A designation; its quote is the designation's own words. */
    public void pilot(String hospital, String designation, String level, String category, int year, String confidence) {
        jdbc.sql("""
                        insert into reform_pilot (hospital_id, designation, level, category, year, document_id,
                                                  char_start, char_end, quote, confidence)
                        select h.id, :designation, :level, :category, :year, d.id, :start, :end, :designation,
                               cast(:confidence as numeric)
                        from hospital h, source_document d
                        where h.slug = :hospital and d.slug = :document
                        on conflict do nothing
                        """)
                .param("hospital", hospital)
                .param("document", document)
                .param("designation", designation)
                .param("level", level)
                .param("category", category)
                .param("year", year)
                .param("confidence", confidence)
                .param("start", start(designation))
                .param("end", start(designation) + designation.length())
                .update();
    }

    /** A consortium; {@code established} (yyyy-mm-dd) and {@code precision} together, or both null. */
    public void consortium(
            String slug,
            String name,
            String type,
            String established,
            String precision,
            String confidence,
            String quote) {
        jdbc.sql("""
                        insert into consortium (slug, name, type, established_on, established_precision, document_id,
                                                char_start, char_end, quote, confidence)
                        select :slug, :name, :type, cast(:established as date), cast(:precision as text), d.id,
                               :start, :end, :quote, cast(:confidence as numeric)
                        from source_document d
                        where d.slug = :document
                        on conflict do nothing
                        """)
                .param("slug", slug)
                .param("name", name)
                .param("type", type)
                .param("established", established)
                .param("precision", precision)
                .param("confidence", confidence)
                .param("document", document)
                .param("start", start(quote))
                .param("end", start(quote) + quote.length())
                .param("quote", quote)
                .update();
    }

    public void member(String consortium, String hospital, String role, String confidence, String quote) {
        jdbc.sql("""
                        insert into consortium_member (consortium_id, hospital_id, role, document_id, char_start,
                                                       char_end, quote, confidence)
                        select c.id, h.id, :role, d.id, :start, :end, :quote, cast(:confidence as numeric)
                        from consortium c, hospital h, source_document d
                        where c.slug = :consortium and h.slug = :hospital and d.slug = :document
                        on conflict do nothing
                        """)
                .param("consortium", consortium)
                .param("hospital", hospital)
                .param("role", role)
                .param("confidence", confidence)
                .param("document", document)
                .param("start", start(quote))
                .param("end", start(quote) + quote.length())
                .param("quote", quote)
                .update();
    }

    public void mention(String hospital, boolean main, String quote) {
        jdbc.sql("""
                        insert into document_hospital (document_id, hospital_id, is_main, char_start, char_end, quote)
                        select d.id, h.id, :main, :start, :end, :quote
                        from hospital h, source_document d
                        where h.slug = :hospital and d.slug = :document
                        on conflict do nothing
                        """)
                .param("hospital", hospital)
                .param("document", document)
                .param("main", main)
                .param("start", start(quote))
                .param("end", start(quote) + quote.length())
                .param("quote", quote)
                .update();
    }
}
