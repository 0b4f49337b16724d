package io.threadlab.exercise;

import java.util.List;

/** What a check concluded, what it says (how it was checked, or what is wrong), and what the code printed. */
public record Verdict(Kind kind, String message, List<String> printed) {
    public enum Kind { PASS, FAIL, TIMEOUT, COMPILE_ERROR }

    public boolean passed() {
        return kind == Kind.PASS;
    }
}
