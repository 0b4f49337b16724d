package io.threadlab.lesson.commands;

import io.threadlab.command.CommandSpec;
import io.threadlab.command.Invocation;
import io.threadlab.command.Printable;
import io.threadlab.command.UsageException;
import io.threadlab.command.Values;
import io.threadlab.core.Dispatcher;
import io.threadlab.core.RunMeasures;
import io.threadlab.core.Session;
import io.threadlab.lesson.Block;
import io.threadlab.lesson.Lesson;
import io.threadlab.lesson.Predict;
import io.threadlab.output.Output;
import io.threadlab.output.Style;
import io.threadlab.output.TextWidth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A predict step: ask for a guess, run the experiment, and judge the guess against what this
 * run measured, never against the answer key. When the run does not show what the page
 * expects, it says so, with the likely cause the tool can see and a bigger run to try.
 */
final class PredictCommand {
    /** A learner who keeps typing something else is asked this many times, then the step ends. */
    private static final int ASKS = 5;
    private final Session session;
    private final Dispatcher dispatcher;

    PredictCommand(Session session, Dispatcher dispatcher) {
        this.session = session;
        this.dispatcher = dispatcher;
    }

    CommandSpec spec() {
        return CommandSpec.builder("predict", "answer the page's N-th predict question, then measure it (the first by default)")
                .arguments("[N]", 0, 1)
                .handler(this::run);
    }

    /** The key a guess is saved under: chapter, page, question. */
    static String key(String lesson, int page, int question) {
        return lesson + "." + page + "." + question;
    }

    private void run(Invocation inv) {
        Lesson lesson = session.progress().lesson().flatMap(id -> session.lessons().byId(id))
                .orElseThrow(() -> new UsageException("no chapter is open; type 'lessons', then 'lesson N'"));
        int pageNumber = session.progress().page();
        List<Block> blocks = lesson.page(pageNumber).blocks().stream().filter(b -> b.kind() == Block.Kind.PREDICT).toList();
        if (blocks.isEmpty()) {
            throw new UsageException("this page has no predict question");
        }
        String arg = inv.arg(0, "1");
        if (!arg.matches("\\d{1,3}") || Integer.parseInt(arg) < 1 || Integer.parseInt(arg) > blocks.size()) {
            throw new UsageException("predict: no question " + Printable.of(arg) + " on this page; allowed: " + Values.range(1, blocks.size()));
        }
        int n = Integer.parseInt(arg);
        Predict p = Predict.parse(blocks.get(n - 1));
        Output out = session.out();
        Style s = out.style();
        TextWidth.wrap(s.bold("Predict: ") + p.question(), out.width(), "", "  ").forEach(out::println);
        for (int i = 0; i < p.choices().size(); i++) {
            out.println("  " + s.accent((i + 1) + ")") + " " + p.choices().get(i));
        }
        String guess = askForGuess(p);
        String key = key(lesson.id(), pageNumber, n);
        session.progress().prediction(key, guess);
        session.saveProgress();

        out.println(s.bold("▶ " + p.command()));
        if (!dispatcher.execute(p.command())) {
            return;
        }
        RunMeasures runs = session.service(RunMeasures.class, RunMeasures.NONE);
        Optional<RunMeasures.Measured> measured = runs.measure(p.measure());
        out.blank();
        say(s.bold("your guess: ") + guess);
        say(s.bold("measured:   ") + measured.map(RunMeasures.Measured::shown).orElse("(not in this run)"));
        String verdict;
        if (measured.isPresent() && runs.busy()) {
            // A starved run supports no choice: one line instead of a verdict.
            say(s.accent("~") + " no verdict: " + String.join("; ", runs.doubts()) + ". Close what is running, then try 'predict "
                    + n + "' again.");
            verdict = "no verdict: the machine was busy";
        } else {
            verdict = measured.isEmpty() ? "" : p.choices().isEmpty() ? numberVerdict(guess, measured.get())
                    : choiceVerdict(p, guess, measured.get(), runs.doubts());
        }
        TextWidth.wrap(p.explanation(), out.width(), "", "").forEach(out::println);
        session.progress().prediction(key, guess + " → " + measured.map(RunMeasures.Measured::shown).orElse("not measured")
                + (verdict.isEmpty() ? "" : " (" + verdict + ")"));
        session.saveProgress();
    }

    /** Asks until the answer is one the step can use; a bad answer is explained in one line. */
    private String askForGuess(Predict p) {
        String prompt = p.choices().isEmpty() ? "your guess (a number): " : "your guess (1-" + p.choices().size() + "): ";
        for (int attempt = 1; ; attempt++) {
            String raw = session.ask(prompt).orElseThrow(() -> new UsageException("predict: no guess given"));
            try {
                return readGuess(p, raw);
            } catch (UsageException e) {
                if (attempt >= ASKS) {
                    throw e;
                }
                session.out().error(e.getMessage());
            }
        }
    }

    /**
     * Names the choice this run supports, and whether it was the guess. The mark follows the
     * measurement: a guess that matches the answer key but not the run gets no tick.
     * @return a few words for the saved prediction
     */
    private String choiceVerdict(Predict p, String guess, RunMeasures.Measured measured, List<String> doubts) {
        Style s = session.out().style();
        Optional<String> shows = p.supported(measured.value());
        if (shows.isEmpty()) {
            say(s.accent("?") + " this run falls between the choices, so it supports none of them");
        } else if (shows.get().equals(guess)) {
            say(s.ok("✓") + " this run shows \"" + guess + "\" (" + p.rangeOf(guess).orElseThrow() + "), as you guessed");
        } else {
            say(s.error("✗") + " this run shows \"" + shows.get() + "\" (" + p.rangeOf(shows.get()).orElseThrow()
                    + "); you guessed \"" + guess + "\"");
        }
        if (shows.isEmpty() || !shows.get().equals(p.answer())) {
            String cause = doubts.isEmpty() ? "nothing the tool can see explains it, so run it again" : String.join("; ", doubts);
            say(s.accent("!") + " the page expects \"" + p.answer() + "\", and this run does not show it: " + cause
                    + ". A bigger run: " + bigger(p.command()));
            return "the run showed " + shows.map(c -> "\"" + c + "\"").orElse("none of the choices")
                    + ", not the expected \"" + p.answer() + "\"";
        }
        return shows.get().equals(guess) ? "as guessed" : "the run showed \"" + shows.get() + "\"";
    }

    private String numberVerdict(String guess, RunMeasures.Measured measured) {
        if (measured.value() == 0) {
            return "";
        }
        double off = Math.abs(Double.parseDouble(guess) / measured.value() - 1);
        String verdict = off < 0.1 ? "within 10%, well judged" : "off by " + Math.round(100 * off) + "%";
        say(verdict);
        return verdict;
    }

    /** The same command with more repeats, which evens out a noisy moment. */
    static String bigger(String command) {
        return command.replaceAll("\\s+--repeat[ =]\\d+", "") + " --repeat 7";
    }

    private void say(String line) {
        Output out = session.out();
        TextWidth.wrap(line, out.width(), "", "  ").forEach(out::println);
    }

    private static String readGuess(Predict p, String raw) {
        if (raw.isBlank()) {
            throw new UsageException("predict: give a guess: " + (p.choices().isEmpty() ? "a number" : "1 to " + p.choices().size()));
        }
        if (!p.choices().isEmpty()) {
            return p.choiceOf(raw).orElseThrow(() -> new UsageException("predict: '" + Printable.of(raw)
                    + "' is not one of the choices; answer 1 to " + p.choices().size() + " or the choice's text"));
        }
        String number = raw.strip().replaceAll("(?i)\\s*(×|x|ms|s|%)$", "");
        try {
            double value = Double.parseDouble(number);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new UsageException("predict: '" + Printable.of(raw) + "' is not a number; answer with a number such as 2 or 1.5");
        }
    }
}
