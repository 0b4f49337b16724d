package io.threadlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every {@code java complete} block in the lessons compiles as it stands. */
class LessonCodeTest {
    private static final Pattern BLOCK = Pattern.compile("```java complete\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLASS = Pattern.compile("public (?:final )?class (\\w+)");

    @TempDir
    Path out;

    @Test
    void completeJavaBlocksCompile() throws Exception {
        List<JavaFileObject> sources = new ArrayList<>();
        try (var files = Files.list(Path.of("lessons"))) {
            for (Path lesson : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = BLOCK.matcher(Files.readString(lesson));
                while (m.find()) {
                    String code = m.group(1);
                    Matcher name = CLASS.matcher(code);
                    assertTrue(name.find(), lesson + ": a complete block declares a public class");
                    sources.add(new SimpleJavaFileObject(URI.create("string:///" + name.group(1) + ".java"), JavaFileObject.Kind.SOURCE) {
                        @Override
                        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                            return code;
                        }
                    });
                }
            }
        }
        assertTrue(sources.size() >= 6, "the lessons hold complete examples: " + sources.size());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean ok = javac.getTask(errors, null, null, List.of("-d", out.toString(), "-Xlint:all", "-Werror"), null, sources).call();
        assertEquals("", errors.toString());
        assertTrue(ok);
    }
}
