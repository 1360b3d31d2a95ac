package dev.candor.cli;

import dev.candor.scan.ChromiumLocator;

/** The launcher's entry point. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        int code = new Candor(System.out, System.err, dev.candor.scan.browser.ChromiumBrowser::launch, new ChromiumLocator(),
                System.console() != null).execute(args);
        System.exit(code);
    }
}
