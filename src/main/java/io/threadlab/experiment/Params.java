package io.threadlab.experiment;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Workload parameters as strings, so they travel to worker JVMs on one line. */
public final class Params {
    private Params() {}

    public static String encode(Map<String, String> params) {
        StringBuilder out = new StringBuilder();
        params.forEach((k, v) -> out.append(out.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.isEmpty() ? "-" : out.toString();
    }

    public static Map<String, String> decode(String line) {
        Map<String, String> params = new LinkedHashMap<>();
        if (line.equals("-")) {
            return params;
        }
        for (String pair : line.split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    public static long getLong(Map<String, String> params, String key) {
        return Long.parseLong(params.get(key));
    }

    public static int getInt(Map<String, String> params, String key) {
        return Integer.parseInt(params.get(key));
    }
}
