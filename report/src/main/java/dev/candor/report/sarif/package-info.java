/**
 * The SARIF 2.1.0 object model Candor writes (records serialised by Jackson, never text put
 * together by hand) and the URI-reference encoding its {@code uri} properties need.
 */
package dev.candor.report.sarif;
