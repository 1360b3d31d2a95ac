package dev.candor.cli;

import dev.candor.core.AuditException;
import dev.candor.core.AuditOutcome;
import dev.candor.core.AuditRequest;
import dev.candor.core.Auditor;
import dev.candor.core.settings.Setting;
import dev.candor.core.settings.Wording;
import dev.candor.report.ConsoleSummary;
import dev.candor.scan.BrowserLauncher;
import dev.candor.scan.ChromiumLocator;
import java.io.PrintStream;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code candor} command. {@link #execute} returns the exit code instead of exiting, so tests
 * can run it in-process.
 */
@Command(name = "candor", mixinStandardHelpOptions = true, versionProvider = Candor.Version.class,
        description = "Does this website do what its privacy policy says?",
        footer = {"", "Exit codes: 0 passed, 1 findings at or above --fail-on, 2 usage or configuration error,",
            "3 audit incomplete (no browser, site unreachable, interrupted, policy unreadable for 'candor policy')."})
public final class Candor {

    private final PrintStream out;
    private final PrintStream err;
    private final BrowserLauncher launcher;
    private final ChromiumLocator locator;
    private final boolean terminal;

    /**
     * @param out where results and progress go
     * @param err where one-line errors go
     * @param launcher starts the browser
     * @param locator finds the browser
     * @param terminal whether {@code out} is an interactive terminal (live progress line)
     */
    public Candor(PrintStream out, PrintStream err, BrowserLauncher launcher, ChromiumLocator locator, boolean terminal) {
        this.out = out;
        this.err = err;
        this.launcher = launcher;
        this.locator = locator;
        this.terminal = terminal;
    }

    /** Parses {@code args}, runs the command, and returns the exit code. */
    public int execute(String... args) {
        CommandLine cli = new CommandLine(this)
                .addSubcommand(withSettings(new AuditCommand(this), Setting.Use.AUDIT))
                .addSubcommand(withSettings(new DemoCommand(this), Setting.Use.DEMO))
                .addSubcommand(withSettings(new PolicyCommand(this), Setting.Use.POLICY))
                .addSubcommand(withSettings(new EvaluateCommand(this), Setting.Use.EVALUATE))
                .addSubcommand(new RulesCommand(this))
                .addSubcommand(withSettings(new ReportCommand(this), Setting.Use.REPORT))
                .addSubcommand(withSettings(new ScanSourcesCommand(this), Setting.Use.SCAN_SOURCES))
                .addSubcommand(new BaselineCommand(this))
                .addSubcommand(withSettings(new BatchCommand(this), Setting.Use.BATCH))
                .setOut(new java.io.PrintWriter(out, true))
                .setErr(new java.io.PrintWriter(err, true))
                .setParameterExceptionHandler((ex, a) -> {
                    error(ex.getMessage() + " (see 'candor --help')");
                    return ExitCode.USAGE.code();
                });
        if (args.length == 0) {
            cli.usage(out);
            return ExitCode.USAGE.code();
        }
        return cli.execute(args);
    }

    /** A subcommand with the options of its use, generated from the vocabulary. */
    private static CommandLine withSettings(Object command, Setting.Use use) {
        CommandLine sub = new CommandLine(command);
        SettingOptions.addTo(sub.getCommandSpec(), use);
        return sub;
    }

    /** Runs an audit and maps its outcome to an exit code. */
    int audit(AuditRequest request) {
        Auditor auditor = auditor(new TerminalProgress(out, terminal));
        try {
            return report(auditor.run(request));
        } catch (AuditException e) {
            return failed(e);
        }
    }

    /** Prints why a command could not run (and where its partial record is) and returns the exit code. */
    int failed(AuditException e) {
        error(e.getMessage());
        if (e.partial() != null) {
            error("what was recorded is in " + e.partial().recordFile());
        }
        return e.exitCode();
    }

    /** Prints the summary of a judged audit and maps it to the exit code. */
    int report(AuditOutcome outcome) {
        out.print(ConsoleSummary.render(outcome.result()));
        out.println("  record: " + outcome.recordFile());
        for (java.nio.file.Path report : outcome.reports()) {
            if (!report.getFileName().toString().endsWith(".html")) {
                out.println("  report: " + report);
            }
        }
        outcome.warnings().forEach(w -> error("warning: " + w));
        if (outcome.judgingProblem() != null) {
            error(outcome.judgingProblem());
            return ExitCode.INCOMPLETE.code();
        }
        if (!outcome.result().record().completion().complete()) {
            // the audit ran to its end but lost pages: judged, yet not a pass or a fail of the site
            error("audit incomplete: " + outcome.result().record().completion().reason());
            return ExitCode.INCOMPLETE.code();
        }
        if (!outcome.failing().isEmpty()) {
            out.println("  failed: " + outcome.failing().size() + " finding(s) at or above " + outcome.failOn().id()
                    + gateNote(outcome.result().findings()));
        } else {
            String note = gateNote(outcome.result().findings());
            if (!note.isEmpty()) {
                out.println("  gate:  " + note.strip());
            }
        }
        // the page a person opens comes last, where the eye lands
        outcome.htmlReport().ifPresent(html -> out.println("  open:   " + html.toUri()));
        return outcome.passed() ? ExitCode.PASSED.code() : ExitCode.FINDINGS.code();
    }

    /** What the gate set aside: " (3 suppressed, 5 in the baseline)", or empty. */
    static String gateNote(java.util.List<dev.candor.model.finding.Finding> findings) {
        String setAside = dev.candor.model.finding.Triage.setAside(findings);
        return setAside.isEmpty() ? "" : " (" + setAside + ", not counted)";
    }

    /** Prints a one-line usage error (setting references worded as flags) and returns its exit code. */
    int usageError(String message) {
        error(message);
        return ExitCode.USAGE.code();
    }

    /**
     * Prints one error line. Messages quote what the site served (URLs, titles, policy text) and what
     * the user typed, so the line goes through the one terminal sanitiser first.
     */
    void error(String message) {
        err.println("candor: " + ConsoleSummary.safe(Wording.CLI.render(message)));
    }

    Auditor auditor(dev.candor.core.AuditListener listener) {
        return new Auditor(launcher, locator, Clock.systemUTC(), listener);
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /** Supplies {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"candor " + Auditor.VERSION};
        }
    }
}
