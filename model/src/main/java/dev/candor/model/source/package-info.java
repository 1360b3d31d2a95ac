/**
 * The evidence of a static scan of a project's HTML and template files: tags that load or call
 * third parties, where they are (file, line, column) and whether a consent manager holds them back.
 */
package dev.candor.model.source;
