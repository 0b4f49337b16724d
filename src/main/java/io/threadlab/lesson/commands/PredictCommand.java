package io.threadlab.lesson.commands;

import io.threadlab.command.CommandSpec;
import io.threadlab.core.Dispatcher;
import io.threadlab.core.RunMeasures;
import io.threadlab.core.Session;
import io.threadlab.command.Invocation;
import io.threadlab.command.Printable;
import io.threadlab.command.UsageException;
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
 * A predict step: ask for a guess, run the experiment, set the guess beside the measurement,
 * explain. Guesses are saved with the learner's progress.
 */
final class PredictCommand {
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
            throw new UsageException("predict: no question " + Printable.of(arg) + " on this page; allowed: 1 to " + blocks.size());
        }
        int n = Integer.parseInt(arg);
        Predict p = Predict.parse(blocks.get(n - 1));
        Output out = session.out();
        Style s = out.style();
        TextWidth.wrap(s.bold("Predict: ") + p.question(), out.width(), "", "  ").forEach(out::println);
        for (int i = 0; i < p.choices().size(); i++) {
            out.println("  " + s.accent((i + 1) + ")") + " " + p.choices().get(i));
        }
        String prompt = p.choices().isEmpty() ? "your guess (a number): " : "your guess (1-" + p.choices().size() + "): ";
        String raw = session.ask(prompt).orElseThrow(() -> new UsageException("predict: no guess given"));
        String guess = readGuess(p, raw);
        String key = lesson.id() + "." + pageNumber + "." + n;
        session.progress().prediction(key, guess);
        session.saveProgress();

        out.println(s.bold("▶ " + p.command()));
        if (!dispatcher.execute(p.command())) {
            return;
        }
        Optional<RunMeasures.Measured> measured = session.service(RunMeasures.class, RunMeasures.NONE).measure(p.measure());
        String shown = measured.map(RunMeasures.Measured::shown).orElse("(not in this run)");
        out.blank();
        out.println(s.bold("your guess: ") + guess + "   " + s.bold("measured: ") + shown
                + (p.choices().isEmpty() ? closeness(guess, measured) : "   " + s.bold("expected: ") + p.answer()
                        + (guess.equals(p.answer()) ? s.ok("  ✓") : "")));
        TextWidth.wrap(p.explanation(), out.width(), "", "").forEach(out::println);
        session.progress().prediction(key, guess + " → " + shown);
        session.saveProgress();
    }

    private static String readGuess(Predict p, String raw) {
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

    private static String closeness(String guess, Optional<RunMeasures.Measured> measured) {
        if (measured.isEmpty() || measured.get().value() == 0) {
            return "";
        }
        double off = Math.abs(Double.parseDouble(guess) / measured.get().value() - 1);
        return String.format(Locale.ROOT, "   (%s)", off < 0.1 ? "within 10%, well judged" : "off by " + Math.round(100 * off) + "%");
    }
}
