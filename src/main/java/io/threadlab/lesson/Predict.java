package io.threadlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A predict step: a question, optional choices ({@code choices: a | b | c}), and the
 * command that settles it ({@code $ command}). Without choices, the guess is a number.
 */
public record Predict(String question, List<String> choices, String command, Optional<String> problem) {

    public static Predict parse(Block block) {
        StringBuilder question = new StringBuilder();
        List<String> choices = new ArrayList<>();
        String command = "";
        for (String line : block.body().lines().toList()) {
            String s = line.strip();
            if (s.startsWith("$ ")) {
                command = s.substring(2).strip();
            } else if (s.startsWith("choices:")) {
                for (String c : s.substring("choices:".length()).split("\\|")) {
                    if (!c.isBlank()) {
                        choices.add(c.strip());
                    }
                }
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
        }
        return new Predict(question.toString(), List.copyOf(choices), command, Optional.ofNullable(problem));
    }
}
