package io.threadlab.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;

/**
 * Terminal descriptions (terminfo, in infocmp's text form) for JLine, read in one go.
 * JLine's own readers decode their resources a byte at a time, which is most of what
 * opening a terminal costs before the JIT has compiled anything. The parsing follows
 * JLine's {@code InfoCmp.parseInfoCmp} rule for rule; a test compares the two.
 */
final class TerminalCapabilities {
    // Same expression as JLine's: one capability, up to an unescaped comma.
    private static final Pattern CAPABILITY = Pattern.compile("\\s*(([^,]|\\\\,)+)\\s*[,$]");
    private static Map<String, Capability> byName;

    private TerminalCapabilities() {}

    /**
     * Makes the description of {@code term} known to JLine without its slow reader: the copy
     * threadlab ships (tmux's types, which JLine lacks and would fetch by running infocmp),
     * or else JLine's bundled copy. Unknown types are left to JLine.
     */
    static void preload(String term) {
        if (term == null || term.isEmpty() || !term.matches("[A-Za-z0-9._+-]+")) {
            return;
        }
        String caps = read(InteractiveShell.class, "terminfo/" + term + ".caps");
        if (caps == null) {
            caps = read(InfoCmp.class, term + ".caps");
        }
        if (caps != null) {
            InfoCmp.setLoadedInfoCmp(term, caps);
        }
    }

    /** Fills the three tables as JLine would; false when it cannot, so JLine does it itself. */
    static boolean parse(String type, Set<Capability> bools, Map<Capability, Integer> ints, Map<Capability, String> strings) {
        String caps = InfoCmp.getLoadedInfoCmp(type);
        Map<String, Capability> names = names();
        if (caps == null || names == null) {
            return false;
        }
        String[] lines = caps.split("\n");
        for (int i = 1; i < lines.length; i++) {
            Matcher m = CAPABILITY.matcher(lines[i]);
            while (m.find()) {
                String cap = m.group(1);
                int hash = cap.indexOf('#');
                int equals = cap.indexOf('=');
                if (hash >= 0) {
                    Capability c = names.get(cap.substring(0, hash));
                    if (c != null) {
                        ints.put(c, number(cap.substring(hash + 1)));
                    }
                } else if (equals >= 0) {
                    Capability c = names.get(cap.substring(0, equals));
                    if (c != null) {
                        strings.put(c, cap.substring(equals + 1));
                    }
                } else {
                    Capability c = names.get(cap);
                    if (c != null) {
                        bools.add(c);
                    }
                }
            }
        }
        return true;
    }

    // terminfo numbers: decimal, 0x hexadecimal or 0-prefixed octal
    private static int number(String value) {
        if (value.equals("0")) {
            return 0;
        }
        if (value.startsWith("0x")) {
            return Integer.parseInt(value.substring(2), 16);
        }
        if (value.startsWith("0")) {
            return Integer.parseInt(value.substring(1), 8);
        }
        return Integer.parseInt(value);
    }

    /** JLine's table of capability names: each line gives the long name, then the short one. */
    static synchronized Map<String, Capability> names() {
        if (byName == null) {
            String table = read(InfoCmp.class, "capabilities.txt");
            if (table == null) {
                return null;
            }
            Map<String, Capability> map = new HashMap<>();
            try {
                for (String line : table.split("\n")) {
                    String s = line.trim();
                    if (s.isEmpty() || s.startsWith("#")) {
                        continue;
                    }
                    String[] names = s.split(", ");
                    Capability cap = Capability.valueOf(names[0]);
                    map.put(names[0], cap);
                    map.put(names[1], cap);
                }
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                return null; // a JLine whose table differs: let JLine parse
            }
            byName = map;
        }
        return byName;
    }

    private static String read(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
