/**
 * Review of facts: a person confirms, rejects or corrects an indicator value, a reform pilot, a consortium or a
 * membership the extractor read, with the name of the API key, the time and a reason; every review is kept in
 * {@code fact_review} as the fact before and after it. Extraction never overwrites a reviewed fact, and reads leave
 * rejected facts out ({@code docs/review.md}).
 */
package org.hospitalatlas.review;
