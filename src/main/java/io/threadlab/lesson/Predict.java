package io.threadlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A predict step, written in a {@code predict} block:
 * <pre>
 * Question text, on one or more lines.
 * choices: about 2× [1.85, 3] | about 1.7× [1.4, 1.85] | no faster [0, 1.4]
 *                                     (optional; without it the guess is a number. Each choice
 *                                      gives the range of the measure it stands for)
 * answer: about 1.7×                  (with choices: what the page expects the run to show)
 * measure: ratio threads×8 / threads×16          (the number taken from the run)
 * $ run fetch --modes threads --workers 8,16 --requests 40
 * explain: Why the result comes out as it does; continues to the end of the block.
 * </pre>
 * The measure follows {@link Measure}'s grammar.
 */
public record Predict(String question, List<String> choices, List<Range> ranges, String answer, Measure measure,
                      String command, String explanation, Optional<String> problem) {

    private static final Pattern CHOICE = Pattern.compile("(.*?)\\s*\\[\\s*([-+0-9._eE]+)\\s*,\\s*([-+0-9._eE]+)\\s*]");

    /** The values of the measure that a choice stands for, both ends included. */
    public record Range(double lo, double hi) {
        public boolean contains(double value) {
            return value >= lo && value <= hi;
        }

        /** Sharing an end is allowed (the first choice listed takes that value); more is not. */
        boolean overlaps(Range other) {
            return lo < other.hi && other.lo < hi;
        }

        @Override
        public String toString() {
            return format(lo) + " to " + format(hi);
        }

        private static String format(double x) {
            return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) x)
                    : String.format(Locale.ROOT, "%s", x);
        }
    }

    /** The choice whose range holds the measured value, if any. */
    public Optional<String> supported(double value) {
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i).contains(value)) {
                return Optional.of(choices.get(i));
            }
        }
        return Optional.empty();
    }

    public Optional<Range> rangeOf(String choice) {
        int i = choices.indexOf(choice);
        return i < 0 || i >= ranges.size() ? Optional.empty() : Optional.of(ranges.get(i));
    }

    public static Predict parse(Block block) {
        StringBuilder question = new StringBuilder();
        StringBuilder explain = new StringBuilder();
        List<String> choices = new ArrayList<>();
        List<Range> ranges = new ArrayList<>();
        String rangeProblem = null;
        String answer = "";
        String measure = "";
        String command = "";
        boolean explaining = false;
        for (String line : block.body().lines().toList()) {
            String s = line.strip();
            if (explaining) {
                explain.append(explain.isEmpty() || s.isEmpty() ? "" : " ").append(s);
            } else if (s.startsWith("$ ")) {
                command = s.substring(2).strip();
            } else if (s.startsWith("choices:")) {
                for (String c : s.substring("choices:".length()).split("\\|")) {
                    if (c.isBlank()) {
                        continue;
                    }
                    Matcher m = CHOICE.matcher(c.strip());
                    if (!m.matches()) {
                        choices.add(c.strip());
                        rangeProblem = "choice '" + c.strip() + "' needs the range of the measure it stands for, e.g. 'about 2× [1.5, 2.5]'";
                        continue;
                    }
                    choices.add(m.group(1).strip());
                    try {
                        Range r = new Range(number(m.group(2)), number(m.group(3)));
                        if (!(r.lo() <= r.hi())) {
                            rangeProblem = "choice '" + m.group(1).strip() + "' has a range whose low end is above its high end";
                        }
                        for (Range before : ranges) {
                            if (rangeProblem == null && before.overlaps(r)) {
                                rangeProblem = "the ranges of the choices overlap: " + before + " and " + r;
                            }
                        }
                        ranges.add(r);
                    } catch (NumberFormatException e) {
                        rangeProblem = "choice '" + m.group(1).strip() + "' has a range that is not two numbers";
                    }
                }
            } else if (s.startsWith("answer:")) {
                answer = s.substring("answer:".length()).strip();
            } else if (s.startsWith("measure:")) {
                measure = s.substring("measure:".length()).strip();
            } else if (s.startsWith("explain:")) {
                explaining = true;
                explain.append(s.substring("explain:".length()).strip());
            } else if (!s.isEmpty()) {
                question.append(question.isEmpty() ? "" : " ").append(s);
            }
        }
        String problem = null;
        if (question.isEmpty()) {
            problem = "predict block has no question";
        } else if (command.isEmpty()) {
            problem = "predict block needs a '$ command' line";
        } else if (choices.size() == 1) {
            problem = "predict block lists one choice; give two or more, or none for a number";
        } else if (!choices.isEmpty() && !choices.contains(answer)) {
            problem = "predict block's 'answer:' must be one of its choices";
        } else if (rangeProblem != null) {
            problem = "predict block: " + rangeProblem;
        } else if (Measure.parse(measure).isEmpty()) {
            problem = "predict block needs " + Measure.GRAMMAR;
        } else if (explain.isEmpty()) {
            problem = "predict block needs an 'explain:' line";
        }
        return new Predict(question.toString(), List.copyOf(choices), List.copyOf(ranges), answer,
                Measure.parse(measure).orElse(null), command, explain.toString(), Optional.ofNullable(problem));
    }

    private static double number(String text) {
        double v = Double.parseDouble(text.replace("_", ""));
        if (!Double.isFinite(v)) {
            throw new NumberFormatException(text);
        }
        return v;
    }

    /** The choice a guess names: its number (1-based), its full text, or a unique prefix. */
    public Optional<String> choiceOf(String guess) {
        String g = guess.strip().toLowerCase(Locale.ROOT);
        if (g.matches("\\d{1,2}")) {
            int n = Integer.parseInt(g);
            return n >= 1 && n <= choices.size() ? Optional.of(choices.get(n - 1)) : Optional.empty();
        }
        List<String> matches = choices.stream().filter(c -> c.toLowerCase(Locale.ROOT).startsWith(g) && !g.isEmpty()).toList();
        return matches.size() == 1 ? Optional.of(matches.getFirst()) : choices.stream()
                .filter(c -> c.equalsIgnoreCase(guess.strip())).findFirst();
    }
}
