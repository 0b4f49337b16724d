package io.threadlab.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a lesson file: front matter between {@code ---} lines ({@code key: value}), then
 * Markdown in which every {@code ## } heading outside a code fence starts a page. Text before
 * the first {@code ##} belongs to page 1. This is a line scan, so the prompt and the lesson
 * list never pay for a Markdown parse.
 */
public final class LessonParser {
    public static final List<String> KEYS = List.of("id", "title", "order", "summary");

    private LessonParser() {}

    public static Lesson parse(String source, String text) throws LessonFormatException {
        List<String> lines = visible(text.startsWith("\uFEFF") ? text.substring(1) : text).lines().toList();
        if (lines.isEmpty() || !lines.getFirst().strip().equals("---")) {
            throw new LessonFormatException(source, 1, "missing front matter: the file must start with a '---' line");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        Map<String, Integer> metaLines = new LinkedHashMap<>();
        int i = 1;
        for (; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new LessonFormatException(source, i + 1, "front matter line is not 'key: value'");
            }
            String key = line.substring(0, colon).strip();
            if (!KEYS.contains(key)) {
                throw new LessonFormatException(source, i + 1, "unknown front matter key '" + key + "'; allowed: " + String.join(", ", KEYS));
            }
            metaLines.put(key, i + 1);
            if (meta.put(key, line.substring(colon + 1).strip()) != null) {
                throw new LessonFormatException(source, i + 1, "front matter key '" + key + "' is given twice");
            }
        }
        if (i >= lines.size()) {
            throw new LessonFormatException(source, 1, "front matter is never closed with a '---' line");
        }
        for (String key : KEYS) {
            if (meta.getOrDefault(key, "").isEmpty()) {
                throw new LessonFormatException(source, i + 1, "front matter needs '" + key + "'");
            }
        }
        int order;
        try {
            order = Integer.parseInt(meta.get("order"));
        } catch (NumberFormatException e) {
            throw new LessonFormatException(source, metaLines.get("order"), "order must be a whole number, got '" + meta.get("order") + "'");
        }
        List<Page> pages = splitPages(source, lines, i + 1);
        return new Lesson(meta.get("id"), meta.get("title"), order, meta.get("summary"), source, pages, Map.copyOf(metaLines));
    }

    /**
     * The text with every control character but tab and newline made visible as {@code \\uXXXX}:
     * a lesson pack is someone else's file, and an escape sequence in it must not reach the
     * terminal (to retitle the window, clear the screen, or switch buffers).
     */
    public static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c < 0xa0);
            if (control && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                out.append(control ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static List<Page> splitPages(String source, List<String> lines, int from) throws LessonFormatException {
        List<Page> pages = new ArrayList<>();
        StringBuilder intro = new StringBuilder();
        StringBuilder body = null;
        String title = null;
        int pageLine = from + 1;
        List<Block> blocks = new ArrayList<>();
        String fence = null;
        StringBuilder fenceBody = null;
        Block.Kind fenceKind = null;
        int fenceLine = 0;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            if (fence == null && stripped.startsWith("## ") && !stripped.startsWith("###")) {
                if (title != null) {
                    pages.add(new Page(pages.size() + 1, title, body.toString(), pageLine, List.copyOf(blocks)));
                    blocks.clear();
                }
                title = stripped.substring(3).strip();
                body = new StringBuilder(pages.isEmpty() ? intro : "");
                body.append(line).append('\n');
                pageLine = i + 1;
                continue;
            }
            (body == null ? intro : body).append(line).append('\n');
            if (fence == null && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
                fence = stripped.substring(0, 3);
                String info = stripped.substring(3).strip();
                fenceKind = switch (info.split("\\s+")[0]) {
                    case "threadlab" -> Block.Kind.COMMAND;
                    case "predict" -> Block.Kind.PREDICT;
                    default -> null;
                };
                fenceBody = new StringBuilder();
                fenceLine = i + 1;
            } else if (fence != null && stripped.startsWith(fence)) {
                if (fenceKind != null) {
                    blocks.add(new Block(fenceKind, fenceBody.toString(), fenceLine));
                }
                fence = null;
            } else if (fence != null) {
                fenceBody.append(line).append('\n');
            }
        }
        if (fence != null) {
            throw new LessonFormatException(source, fenceLine, "code fence is never closed");
        }
        if (title == null) {
            throw new LessonFormatException(source, from + 1, "no pages: start each page with a '## ' heading");
        }
        pages.add(new Page(pages.size() + 1, title, body.toString(), pageLine, List.copyOf(blocks)));
        return List.copyOf(pages);
    }
}
