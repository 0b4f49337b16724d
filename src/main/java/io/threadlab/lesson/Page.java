package io.threadlab.lesson;

import java.util.List;

/**
 * A page of a lesson: the Markdown between one {@code ##} heading and the next.
 *
 * @param line   line in the source file where the page starts, for validation messages
 * @param blocks the runnable {@code threadlab} and {@code predict} blocks on the page
 */
public record Page(int number, String title, String markdown, int line, List<Block> blocks) {
    public List<Block> commands() {
        return blocks.stream().filter(b -> b.kind() == Block.Kind.COMMAND).toList();
    }
}
