/**
 * Findings: what the rules found wrong, each with typed evidence a user can check against the
 * record and the policy (the observation with its phase, page and times; the quoted sentence with
 * its section and offset; the Art. 13 element that is missing), and the attribution of
 * observations to vendors that the knowledge base gave at evaluation time.
 */
package dev.candor.model.finding;
