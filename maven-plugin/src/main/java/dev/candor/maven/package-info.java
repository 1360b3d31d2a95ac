/**
 * The Maven goals: {@code candor:audit} (a live audit), {@code candor:scan-sources} (a static scan
 * of the project's templates) and {@code candor:baseline}. Each maps its parameters, named after the
 * settings of the one vocabulary ({@code dev.candor.core.settings.Setting}), to the core's request,
 * and turns the outcome into a build result in {@code BuildVerdict}: findings that fail the gate fail
 * the build, while a bad configuration or a run that could not finish is a tool error, kept apart
 * from findings. Core messages are worded with Maven property names.
 */
package dev.candor.maven;
