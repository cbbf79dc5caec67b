package org.pushbox.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every relative Markdown link in the README and docs/ must point at a file or folder that exists. */
class DocsLinksTest {

    /** [text](target) with an optional #anchor; absolute URLs and pure anchors are not checked. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s#]+)(#[^)\\s]*)?\\)");

    private static final Path DOCS = Path.of("").toAbsolutePath();
    private static final Path ROOT = DOCS.getParent();

    @Test
    void everyRelativeLinkResolves() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(ROOT.resolve("README.md"));
        try (Stream<Path> files = Files.walk(DOCS)) {
            files.filter(p -> p.toString().endsWith(".md")).filter(p -> !p.startsWith(DOCS.resolve("target")))
                    .forEach(pages::add);
        }
        assertThat(pages).hasSizeGreaterThan(5);

        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            Matcher m = LINK.matcher(Files.readString(page));
            while (m.find()) {
                String target = m.group(1);
                if (target.contains("://") || target.startsWith("mailto:")) {
                    continue;
                }
                if (!Files.exists(page.getParent().resolve(target).normalize())) {
                    broken.add(ROOT.relativize(page) + " -> " + target);
                }
            }
        }
        assertThat(broken).as("links to files that do not exist").isEmpty();
    }

    @Test
    void theIndexListsEveryPageAndEveryDecision() throws IOException {
        String index = Files.readString(DOCS.resolve("README.md"));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(DOCS)) {
            files.filter(p -> p.toString().endsWith(".md")).filter(p -> !p.equals(DOCS.resolve("README.md")))
                    .filter(p -> !p.startsWith(DOCS.resolve("target")))
                    .map(p -> DOCS.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !index.contains("(" + name + ")"))
                    .forEach(missing::add);
        }
        assertThat(missing).as("pages under docs/ that docs/README.md does not link").isEmpty();
    }
}
