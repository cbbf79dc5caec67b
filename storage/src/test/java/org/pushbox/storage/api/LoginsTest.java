package org.pushbox.storage.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LoginsTest {

    @Test
    void trimsComposesAndLowerCasesInTheRootLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr")); // dotted/dotless i must not leak in
            assertThat(Logins.normalise("  INGRID\u0130@Example.ORG\t")).isEqualTo("ingridi\u0307@example.org");
            assertThat(Logins.normalise("IVAN")).isEqualTo("ivan");
        } finally {
            Locale.setDefault(saved);
        }
        assertThat(Logins.normalise("A\u0308nna")).isEqualTo(Logins.normalise("\u00c4NNA")).isEqualTo("\u00e4nna");
        assertThat(Logins.normalise("𝓐😀")).isEqualTo("𝓐😀");
    }
}
