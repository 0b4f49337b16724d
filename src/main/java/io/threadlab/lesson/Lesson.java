package io.threadlab.lesson;

import java.util.List;

/** One chapter: its front matter and its pages, in order. {@code source} names the file for messages. */
public record Lesson(String id, String title, int order, String summary, String source, List<Page> pages,
                     java.util.Map<String, Integer> frontMatterLines) {
    /** The line of a front-matter key, for file:line messages. */
    public int line(String key) {
        return frontMatterLines.getOrDefault(key, 1);
    }

    public Page page(int number) {
        return pages.get(Math.max(1, Math.min(number, pages.size())) - 1);
    }
}
