package dev.candor.cli;

import dev.candor.scan.ChromiumLocator;

/** The launcher's entry point. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // Ctrl-C ends the run with the documented code for an audit that did not finish, not the JVM's
        // 130; System.exit still runs the shutdown hooks, and the audit's hook writes the record
        sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> System.exit(ExitCode.INCOMPLETE.code()));
        FontCacheDirectory fontCache = FontCacheDirectory.forThisRun();
        int code = new Candor(System.out, System.err, dev.candor.scan.browser.ChromiumBrowser::launch, new ChromiumLocator(),
                System.console() != null).execute(args);
        fontCache.delete();
        System.exit(code);
    }
}
