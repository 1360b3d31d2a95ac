/**
 * Candor's option vocabulary: every setting described once ({@link dev.candor.core.settings.Setting}),
 * the raw values an adapter received ({@link dev.candor.core.settings.SettingValues}) with their one
 * parser, and the wording each adapter gives to setting references in core messages
 * ({@link dev.candor.core.settings.Wording}).
 */
package dev.candor.core.settings;
