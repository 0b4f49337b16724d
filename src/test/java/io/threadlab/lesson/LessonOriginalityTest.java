package io.threadlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The lessons are written in their own words: no run of 9 words in a chapter, a task or a
 * hint matches the reference articles the course answers. The references are known here only
 * by hashes of their 9-word runs. A title in italics (*The Why, When, ...*) is an
 * attribution, not a copy, and is left out.
 */
class LessonOriginalityTest {
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
    private static final Pattern TITLE = Pattern.compile("(?<!\\*)\\*(?![*\\s])[^*\\n]+(?<!\\s)\\*(?!\\*)");

    @Test
    void noNineWordsInARowFromTheReferences() throws Exception {
        Set<String> reference = Files.readAllLines(Path.of("src/test/resources/reference-shingles.txt")).stream()
                .filter(l -> !l.startsWith("#")).collect(Collectors.toSet());
        assertTrue(reference.size() > 5_000, "the reference hashes are there: " + reference.size());
        List<String> copied = new ArrayList<>();
        List<Path> texts;
        try (Stream<Path> files = Files.walk(Path.of("lessons"))) {
            texts = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(texts.size() >= 9 + 2 * 18, "chapters, tasks and hints: " + texts.size());
        for (Path text : texts) {
            List<String> words = words(TITLE.matcher(Files.readString(text)).replaceAll(" "));
            for (int i = 0; i + 9 <= words.size(); i++) {
                String run = String.join(" ", words.subList(i, i + 9));
                if (reference.contains(hash(run))) {
                    copied.add(text + ": \"" + run + "\"");
                }
            }
        }
        assertEquals(List.of(), copied, "runs of 9 words found in the reference articles");
    }

    @Test
    void theCheckFindsACopiedSentence() throws Exception {
        // The first 9 words of a reference, as the generator saw them, must be found.
        Path dir = Path.of("..", "shared", "reference");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> refs = Files.list(dir)) {
                for (Path ref : refs.toList()) {
                    List<String> words = words(Files.readString(ref));
                    Set<String> reference = Set.copyOf(Files.readAllLines(Path.of("src/test/resources/reference-shingles.txt")));
                    assertTrue(reference.contains(hash(String.join(" ", words.subList(0, 9)))), ref.toString());
                }
            }
        }
        assertEquals(List.of("the", "gil", "s", "lock", "3", "11"), words("The GIL's lock (3.11)"));
        assertEquals(" and ", TITLE.matcher("*A Title* and *Another*").replaceAll(" ").replaceAll("  +", " "));
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static String hash(String run) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(run.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, 12);
    }
}
