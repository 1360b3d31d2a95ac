/**
 * The knowledge base: one versioned data set of vendors (legal entities, the names policies use,
 * domains, cookie and storage patterns, purpose category, country, transfers) and a cookie table
 * derived from the Open Cookie Database. The recorder's observations are attributed through it at
 * evaluation time, and the policy reader recognises vendor names through it.
 */
package dev.candor.rules.kb;
