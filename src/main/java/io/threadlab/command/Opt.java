package io.threadlab.command;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One option, declared once: its name, the type and range of its value, its default and its
 * help. Parsing, validation, {@code help CMD}, Tab completion and the lesson validator all
 * read this declaration, so none of them can drift from the others.
 *
 * @param defaultValue the value when the option is not given (null for "none")
 * @param defaultShown how help shows the default when it is not a constant (e.g. "the core count")
 * @param repeatable   may be given several times; the values are joined into one list
 * @param hidden       set by the program itself, never typed (e.g. one row's counter)
 */
public record Opt<T>(String name, String valueName, String help, ValueType<T> type, T defaultValue,
                     String defaultShown, boolean repeatable, boolean hidden) {

    public Opt {
        Objects.requireNonNull(name);
        Objects.requireNonNull(help);
    }

    public static Opt<Integer> integer(String name, String valueName, String help, int defaultValue, int min, int max) {
        return new Opt<>(name, valueName, help, ValueType.integer(min, max), defaultValue, null, false, false);
    }

    public static Opt<Long> number(String name, String help, long defaultValue, long min, long max) {
        return new Opt<>(name, "N", help, ValueType.number(min, max), defaultValue, null, false, false);
    }

    public static Opt<List<Integer>> integers(String name, String help, List<Integer> defaultValue, int min, int max) {
        return new Opt<>(name, "N[,N...]", help, ValueType.integers(min, max), defaultValue, null, false, false);
    }

    public static Opt<List<Long>> numbers(String name, String help, List<Long> defaultValue, long min, long max) {
        return new Opt<>(name, "N[,N...]", help, ValueType.numbers(min, max), defaultValue, null, false, false);
    }

    public static Opt<String> choice(String name, String valueName, String help, String defaultValue, List<String> choices) {
        return new Opt<>(name, valueName, help, ValueType.choice(choices), defaultValue, null, false, false);
    }

    public static Opt<List<String>> choices(String name, String help, List<String> defaultValue, List<String> choices) {
        return new Opt<>(name, "X[,X...]", help, ValueType.choices(choices), defaultValue, null, false, false);
    }

    /** An option with no value: present or not. */
    public static Opt<Boolean> flag(String name, String help) {
        return new Opt<>(name, null, help, null, false, null, false, false);
    }

    /** Text given once per occurrence, any number of times; the default is the empty list. */
    public static Opt<List<String>> repeated(String name, String valueName, String help, ValueType<String> item) {
        return new Opt<>(name, valueName, help, new ValueType.Occurrences(item), List.of(), null, true, false);
    }

    /** The same option with a default that is described rather than fixed. */
    public Opt<T> defaultShown(String text) {
        return new Opt<>(name, valueName, help, type, defaultValue, text, repeatable, hidden);
    }

    /** The same option, set by the program rather than typed. */
    public Opt<T> hide() {
        return new Opt<>(name, valueName, help, type, defaultValue, defaultShown, repeatable, true);
    }

    public boolean isFlag() {
        return type == null;
    }

    /** The help line: what it does, its default and what is allowed. */
    public String describe() {
        if (isFlag()) {
            return help;
        }
        StringBuilder out = new StringBuilder(help).append(" (");
        if (defaultShown != null) {
            out.append("default ").append(defaultShown).append("; ");
        } else if (defaultValue != null && !(defaultValue instanceof List<?> l && l.isEmpty())) {
            out.append("default ").append(shown(defaultValue)).append("; ");
        }
        out.append(repeatable ? "may be given more than once" : type.allowed());
        return out.append(')').toString();
    }

    /** A value as help shows it: thousands separated. */
    public String shown(T value) {
        if (value instanceof Long || value instanceof Integer) {
            return String.format(Locale.ROOT, "%,d", ((java.lang.Number) value).longValue());
        }
        return type.format(value);
    }

    /** The value parsed from text, as the command line would give it. */
    public T parse(String raw) {
        return type.parse(name, raw);
    }

    public String format(T value) {
        return isFlag() ? value.toString() : type.format(value);
    }
}
