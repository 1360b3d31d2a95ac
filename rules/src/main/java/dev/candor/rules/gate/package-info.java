/**
 * The gate a build lives with: suppressions (accepted findings with a reason and an end date) and a
 * baseline (today's findings, so only new ones fail), applied to findings as a pure function of
 * the files and the date.
 */
package dev.candor.rules.gate;
