package dev.framewright.server.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guides of {@code docs/guides/}, bundled into the jar at build time. {@code index.md} is the
 * table of contents in the llms.txt format (a title, a summary and link lists); its links to
 * {@code <name>.md} fix which guides exist and their order. Loaded once; immutable.
 */
public final class Guides {
    static final String RESOURCE_DIR = "/dev/framewright/server/docs/guides/";
    private static final Pattern GUIDE_LINK = Pattern.compile("\\[([^\\]]+)]\\(([a-z0-9-]+)\\.md\\)");

    /** One guide: its file name without {@code .md}, its title in the index and its Markdown. */
    public record Guide(String name, String title, String markdown) {}

    private final String index;
    private final Map<String, Guide> guides;

    private Guides(String index, Map<String, Guide> guides) {
        this.index = index;
        this.guides = guides;
    }

    /**
     * @throws IllegalStateException when the index or a guide it links is missing from the jar
     */
    public static Guides load() {
        String index = read("index.md");
        Map<String, Guide> guides = new LinkedHashMap<>();
        Matcher m = GUIDE_LINK.matcher(index);
        while (m.find()) {
            String name = m.group(2);
            guides.putIfAbsent(name, new Guide(name, m.group(1), read(name + ".md")));
        }
        return new Guides(index, guides);
    }

    private static String read(String file) {
        try (InputStream in = Guides.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("guide missing from the jar: docs/guides/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index (llms.txt format) with its links as written: relative to {@code docs/guides/}. */
    public String index() {
        return index;
    }

    /** Every guide, in the index's order. */
    public List<Guide> all() {
        return new ArrayList<>(guides.values());
    }

    public Optional<Guide> find(String name) {
        return Optional.ofNullable(guides.get(name));
    }
}
