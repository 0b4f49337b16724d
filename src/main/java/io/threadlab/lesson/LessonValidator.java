package io.threadlab.lesson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a lesson library the way {@code --check-lessons} reports it: one
 * {@code file:line: problem} per error. Commands in {@code threadlab} and {@code predict}
 * blocks are parsed against the real command definitions through {@code commandCheck}.
 */
public final class LessonValidator {
    /** Links that point into the course: {@code lesson:ID} or {@code lesson:ID/PAGE}. */
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern LESSON_LINK = Pattern.compile("lesson:([a-z0-9-]+)(?:/(\\d+))?");

    private final Function<String, Optional<String>> commandCheck;
    private final Function<String, Optional<? extends List<? extends Rows>>> rowsOf;

    /** A row a command produces: its name in the mode column and its worker count. */
    public interface Rows {
        String name();

        int workers();
    }

    /**
     * @param commandCheck returns the problem with a command line, or empty if it parses
     * @param rowsOf       the rows a command line would produce, or empty if it runs no experiment
     */
    public LessonValidator(Function<String, Optional<String>> commandCheck,
                           Function<String, Optional<? extends List<? extends Rows>>> rowsOf) {
        this.commandCheck = commandCheck;
        this.rowsOf = rowsOf;
    }

    public List<String> validate(LessonLibrary library) {
        List<String> problems = new ArrayList<>(library.problems());
        Map<String, Lesson> ids = new HashMap<>();
        Map<Integer, Lesson> orders = new HashMap<>();
        for (Lesson lesson : library.all()) {
            if (!lesson.id().matches("[a-z0-9][a-z0-9-]*")) {
                problems.add(lesson.source() + ":" + lesson.line("id") + ": id '" + lesson.id() + "' must be lower-case letters, digits and '-'");
            }
            Lesson twin = ids.putIfAbsent(lesson.id(), lesson);
            if (twin != null) {
                problems.add(lesson.source() + ":" + lesson.line("id") + ": id '" + lesson.id() + "' is also used by " + twin.source());
            }
            Lesson sameOrder = orders.putIfAbsent(lesson.order(), lesson);
            if (sameOrder != null) {
                problems.add(lesson.source() + ":" + lesson.line("order") + ": order " + lesson.order() + " is also used by " + sameOrder.source());
            }
        }
        for (Lesson lesson : library.all()) {
            for (Page page : lesson.pages()) {
                checkPage(library, lesson, page, problems);
            }
        }
        return problems;
    }

    private void checkPage(LessonLibrary library, Lesson lesson, Page page, List<String> problems) {
        if (page.title().isBlank()) {
            problems.add(lesson.source() + ":" + page.line() + ": page heading is empty");
        }
        for (Block block : page.blocks()) {
            String where = lesson.source() + ":" + block.line() + ": ";
            if (block.kind() == Block.Kind.PREDICT) {
                Predict predict = Predict.parse(block);
                predict.problem().ifPresentOrElse(p -> problems.add(where + p), () -> checkMeasure(predict, where, problems));
            }
            String command = block.command();
            if (command.isEmpty()) {
                problems.add(where + "block has no command");
                continue;
            }
            if (command.lines().count() > 1) {
                problems.add(where + "a threadlab block holds exactly one command line");
                continue;
            }
            commandCheck.apply(command).ifPresent(p -> problems.add(where + "command '" + command + "' does not parse: " + p));
        }
        checkLinks(library, lesson, page, problems);
    }

    /** Every row a measure names must be a row its command produces. */
    private void checkMeasure(Predict predict, String where, List<String> problems) {
        Optional<? extends List<? extends Rows>> rows;
        try {
            rows = rowsOf.apply(predict.command());
        } catch (RuntimeException e) {
            return; // the command itself does not parse: reported once, below
        }
        if (rows.isEmpty()) {
            problems.add(where + "predict command '" + predict.command() + "' runs no experiment, so there is nothing to measure");
            return;
        }
        for (Measure.RowRef ref : predict.measure().rows()) {
            if (rows.get().stream().noneMatch(r -> ref.matches(r.name(), r.workers()))) {
                problems.add(where + "measure names row '" + ref + "', which '" + predict.command() + "' never produces; its rows: "
                        + String.join(", ", rows.get().stream().map(r -> r.name() + "×" + r.workers()).distinct().toList()));
            }
        }
    }

    private static void checkLinks(LessonLibrary library, Lesson lesson, Page page, List<String> problems) {
        List<String> lines = page.markdown().lines().toList();
        boolean inFence = false;
        for (int i = 0; i < lines.size(); i++) {
            String stripped = lines.get(i).strip();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            Matcher m = LINK.matcher(lines.get(i));
            while (m.find()) {
                String target = m.group(1);
                String where = lesson.source() + ":" + (page.line() + i) + ": ";
                if (target.startsWith("http://") || target.startsWith("https://")) {
                    continue;
                }
                Matcher lm = LESSON_LINK.matcher(target);
                if (!lm.matches()) {
                    problems.add(where + "link '" + target + "' is neither http(s) nor lesson:ID[/PAGE]");
                    continue;
                }
                Optional<Lesson> to = library.byId(lm.group(1));
                if (to.isEmpty()) {
                    problems.add(where + "link to unknown lesson '" + lm.group(1) + "'");
                } else if (lm.group(2) != null) {
                    // A page number of any length must be a message, not a NumberFormatException.
                    String number = lm.group(2).replaceFirst("^0+(?=.)", "");
                    long n = number.length() > 9 ? Long.MAX_VALUE : Long.parseLong(number);
                    if (n < 1 || n > to.get().pages().size()) {
                        problems.add(where + "link to page " + number + " of '" + lm.group(1) + "', which has "
                                + to.get().pages().size() + " pages");
                    }
                }
            }
        }
    }
}
