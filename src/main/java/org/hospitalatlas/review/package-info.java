/**
 * Review of facts: a person confirms, rejects or corrects an indicator value, a reform pilot, a consortium or a
 * membership the extractor read, with the name of the API key, the time and a reason; every review is kept in
 * {@code fact_review} as the fact before and after it. Extraction never overwrites a reviewed fact, and reads leave
 * rejected facts out ({@code docs/review.md}).
 *
 * <p>Its aggregate is the review ({@code FactReview}, table {@code fact_review}) with a JPA repository; the facts it
 * reads and stamps belong to the indicator, reform and consortium modules and are reached through a fragment on that
 * repository ({@code ReviewedFacts}): one SQL view per kind of fact, so that the queue is one union across four tables
 * and a review locks and updates the fact's row in one statement. A repository per fact kind would split what is one
 * read, and the owning modules' repositories are theirs (the review module sees none of their types).
 */
package org.hospitalatlas.review;
