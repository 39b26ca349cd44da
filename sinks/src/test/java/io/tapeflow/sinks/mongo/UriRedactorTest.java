package io.tapeflow.sinks.mongo;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Passwords never survive redaction: examples plus jqwik properties over hostile passwords. */
class UriRedactorTest {

    @Test
    void passwordInUserInfoIsMaskedAndEverythingElseKept() {
        assertThat(UriRedactor.redact("mongodb://user:secret@host/db")).isEqualTo("mongodb://user:***@host/db");
        assertThat(UriRedactor.redact("mongodb+srv://app:s3cr3t@cluster0.example.net/tapeflow?retryWrites=true"))
                .isEqualTo("mongodb+srv://app:***@cluster0.example.net/tapeflow?retryWrites=true");
        assertThat(UriRedactor.redact("mongodb://u:p@h1:27017,h2:27018/db"))
                .isEqualTo("mongodb://u:***@h1:27017,h2:27018/db");
    }

    @Test
    void secretQueryParametersKeepTheirNameAndLoseTheirValue() {
        assertThat(UriRedactor.redact("mongodb://host/db?authSource=admin&password=hunter2&w=1"))
                .isEqualTo("mongodb://host/db?authSource=admin&password=***&w=1");
        assertThat(UriRedactor.redact("mongodb://host/?authMechanism=MONGODB-AWS"
                + "&authMechanismProperties=AWS_SESSION_TOKEN:abc"))
                .isEqualTo("mongodb://host/?authMechanism=MONGODB-AWS&authMechanismProperties=***");
    }

    @Test
    void uriWithoutSecretsIsUnchanged() {
        assertThat(UriRedactor.redact("mongodb://127.0.0.1:27017")).isEqualTo("mongodb://127.0.0.1:27017");
        assertThat(UriRedactor.redact("mongodb://user@host/db")).isEqualTo("mongodb://user@host/db");
        assertThat(UriRedactor.redact(null)).isNull();
    }

    @Test
    void unescapedAtSignInThePasswordIsStillHidden() {
        assertThat(UriRedactor.redact("mongodb://user:p@ss/w@rd@host/db")).isEqualTo("mongodb://user:***@host/db");
    }

    @Test
    void uriInsideFreeTextIsRedacted() {
        assertThat(UriRedactor.redactIn("cannot reach mongodb://a:b@h:1/x, giving up"))
                .isEqualTo("cannot reach mongodb://a:***@h:1/x, giving up");
    }

    // ---- properties ----

    /** Passwords start with an upper-case letter, which nothing else in the generated URIs contains. */
    @Provide
    Arbitrary<String> anyPassword() {
        return Arbitraries.strings().withChars("ABCxyz019!@#$%^*()/:?=+~&;[] ").ofMinLength(0).ofMaxLength(24)
                .map(s -> "P" + s);
    }

    @Provide
    Arbitrary<String> queryPassword() {
        // In a query value '&' and ';' separate parameters, so a literal one there cannot be told from a separator.
        return Arbitraries.strings().withChars("ABCxyz019!@#$%^*()/:?=+~[] ").ofMaxLength(24).map(s -> "P" + s);
    }

    @Provide
    Arbitrary<String> lower() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    }

    @Property
    void passwordInUserInfoNeverSurvives(@ForAll("anyPassword") String password, @ForAll("lower") String user,
            @ForAll("lower") String host, @ForAll boolean srv) {
        // Given
        String uri = (srv ? "mongodb+srv://" : "mongodb://") + user + ":" + password + "@" + host + "/db?w=1";
        // When
        String shown = UriRedactor.redact(uri);
        // Then
        assertThat(shown).doesNotContain(password).contains(user + ":***@" + host + "/db?w=1");
    }

    @Property
    void passwordInTheQueryNeverSurvives(@ForAll("queryPassword") String password, @ForAll("lower") String host,
            @ForAll("lower") String rest) {
        // Given
        String uri = "mongodb://" + host + "/db?authSource=admin&password=" + password + "&app=" + rest;
        // When
        String shown = UriRedactor.redact(uri);
        // Then
        assertThat(shown).doesNotContain(password).endsWith("&app=" + rest);
    }

    @Property
    void passwordInBothPlacesNeverSurvives(@ForAll("queryPassword") String p1, @ForAll("anyPassword") String p2) {
        String shown = UriRedactor.redact("mongodb://u:" + p2 + "@h/db?pwd=" + p1);
        assertThat(shown).doesNotContain(p1).doesNotContain(p2);
    }
}
