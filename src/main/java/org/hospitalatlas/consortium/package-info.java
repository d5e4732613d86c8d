/**
 * Consortia (医联体, medical groups, specialty alliances) and their members: the writes from the document import and
 * the reads behind {@code /consortia}, {@code /consortia/{slug}}, {@code /consortia/compare} (members' figures
 * through the indicator module) and a hospital's memberships in its profile.
 */
package org.hospitalatlas.consortium;
