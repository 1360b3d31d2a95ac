/**
 * The {@code candor:audit} goal. {@link dev.candor.maven.AuditMojo} is the only public type: it maps
 * its parameters to one {@code AuditRequest} (in {@code MojoParameters}), runs the {@code Auditor},
 * and turns the outcome into a build result (in {@code BuildVerdict}): findings at or above
 * {@code candor.failOn} fail the build, while a bad configuration or an audit that could not finish
 * is reported as a tool error, kept apart from findings.
 */
package dev.candor.maven;
