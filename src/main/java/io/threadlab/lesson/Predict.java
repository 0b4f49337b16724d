package io.threadlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A predict step, written in a {@code predict} block:
 * <pre>
 * Question text, on one or more lines.
 * choices: about 2× | about 1.7× | no faster     (optional; without it the guess is a number)
 * answer: about 1.7×                             (with choices: what the explanation expects)
 * measure: ratio threads×8 / threads×16          (the number taken from the run)
 * $ run fetch --modes threads --workers 8,16 --requests 40
 * explain: Why the result comes out as it does; continues to the end of the block.
 * </pre>
 * The measure follows {@link Measure}'s grammar.
 */
public record Predict(String question, List<String> choices, String answer, Measure measure, String command,
                      String explanation, Optional<String> problem) {

    public static Predict parse(Block block) {
        StringBuilder question = new StringBuilder();
        StringBuilder explain = new StringBuilder();
        List<String> choices = new ArrayList<>();
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
                    if (!c.isBlank()) {
                        choices.add(c.strip());
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
        } else if (Measure.parse(measure).isEmpty()) {
            problem = "predict block needs " + Measure.GRAMMAR;
        } else if (explain.isEmpty()) {
            problem = "predict block needs an 'explain:' line";
        }
        return new Predict(question.toString(), List.copyOf(choices), answer, Measure.parse(measure).orElse(null), command,
                explain.toString(),
                Optional.ofNullable(problem));
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
