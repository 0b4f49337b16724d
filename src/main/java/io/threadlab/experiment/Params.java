package io.threadlab.experiment;

import io.threadlab.command.Opt;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A workload's parameters as typed values, keyed by the option that declares each one. They
 * travel to worker JVMs as one line, written and read by the same declarations.
 */
public final class Params {
    private final Map<Opt<?>, Object> values;

    private Params(Map<Opt<?>, Object> values) {
        this.values = values;
    }

    public static Params empty() {
        return new Params(new LinkedHashMap<>());
    }

    /** Each option's given value, or its default. */
    public static Params of(List<Opt<?>> options, java.util.function.Function<Opt<?>, Object> valueOf) {
        Map<Opt<?>, Object> map = new LinkedHashMap<>();
        for (Opt<?> o : options) {
            Object v = valueOf.apply(o);
            if (v != null) {
                map.put(o, v);
            }
        }
        return new Params(map);
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Opt<T> option) {
        Object v = values.get(option);
        if (v == null) {
            if (option.defaultValue() == null) {
                throw new IllegalStateException("no value for --" + option.name());
            }
            return option.defaultValue();
        }
        return (T) v;
    }

    public boolean has(Opt<?> option) {
        return values.containsKey(option);
    }

    public <T> Params with(Opt<T> option, T value) {
        Map<Opt<?>, Object> copy = new LinkedHashMap<>(values);
        copy.put(option, Objects.requireNonNull(value));
        return new Params(copy);
    }

    /** name=value for every visible parameter, for tables and exports. */
    public Map<String, String> shown() {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((o, v) -> {
            if (!o.hidden()) {
                out.put(o.name(), format(o, v));
            }
        });
        return out;
    }

    /** One line: name=value pairs, URL-encoded; a repeatable option gives one pair per value. */
    public String encode() {
        List<String> pairs = new ArrayList<>();
        values.forEach((o, v) -> {
            List<String> texts = o.repeatable() ? castList(v) : List.of(format(o, v));
            for (String text : texts) {
                pairs.add(enc(o.name()) + "=" + enc(text));
            }
        });
        return pairs.isEmpty() ? "-" : String.join("&", pairs);
    }

    /** The inverse of {@link #encode}, reading each value with its declaration from {@code known}. */
    public static Params decode(String line, List<Opt<?>> known) {
        Map<Opt<?>, Object> map = new LinkedHashMap<>();
        if (line.equals("-")) {
            return new Params(map);
        }
        for (String pair : line.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
            String text = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            Opt<?> opt = known.stream().filter(o -> o.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown parameter " + name));
            Object value = opt.parse(text);
            map.merge(opt, value, (a, b) -> {
                List<Object> all = new ArrayList<>(castList(a));
                all.addAll(castList(b));
                return List.copyOf(all);
            });
        }
        return new Params(map);
    }

    @SuppressWarnings("unchecked")
    private static <T> String format(Opt<T> option, Object value) {
        return option.format((T) value);
    }

    @SuppressWarnings("unchecked")
    private static <E> List<E> castList(Object v) {
        return (List<E>) v;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Params p && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return encode();
    }
}
