package dev.candor.core.settings;

/**
 * A setting's value is wrong. The message starts with the setting's reference, so each adapter
 * names it its own way ({@link Wording#render}): "--max-pages must be at least 1, got 0" on a
 * terminal, "candor.maxPages must be at least 1, got 0" in a Maven log.
 */
public final class SettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final Setting setting;

    /**
     * @param setting the setting at fault
     * @param problem what is wrong and the fix, without the setting's name ("must be at least 1, got 0")
     */
    public SettingException(Setting setting, String problem) {
        this(setting, problem, null);
    }

    public SettingException(Setting setting, String problem, Throwable cause) {
        super(setting.ref() + " " + problem, cause);
        this.setting = setting;
    }

    public Setting setting() {
        return setting;
    }
}
