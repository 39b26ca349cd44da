package io.tapeflow.sinks.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** A password from the environment joins the URI's user, survives the driver's decoding, and is never shown. */
class UriPasswordTest {

    @Test
    void thePasswordJoinsTheUserAndTheRestOfTheUriStays() {
        assertThat(UriPassword.inject("mongodb://app@h1:27017,h2:27018/tapeflow?authSource=admin", "s3cr3t"))
                .isEqualTo("mongodb://app:s3cr3t@h1:27017,h2:27018/tapeflow?authSource=admin");
        assertThat(UriPassword.inject("mongodb+srv://app@cluster0.example.net/?retryWrites=true", "p"))
                .isEqualTo("mongodb+srv://app:p@cluster0.example.net/?retryWrites=true");
        assertThat(UriPassword.inject("mongodb://app@127.0.0.1:27017", "a b@c/d:e%f"))
                .isEqualTo("mongodb://app:a%20b%40c%2Fd%3Ae%25f@127.0.0.1:27017");
    }

    @Property(tries = 200)
    void theDriverReadsBackExactlyThePassword(@ForAll @StringLength(min = 1, max = 40) String password) {
        ConnectionString parsed = new ConnectionString(UriPassword.inject("mongodb://app@host:27017/db", password));
        assertThat(parsed.getUsername()).isEqualTo("app");
        assertThat(new String(parsed.getPassword())).isEqualTo(password);
        assertThat(UriRedactor.redact(UriPassword.inject("mongodb://app@host:27017/db", password)))
                .isEqualTo("mongodb://app:***@host:27017/db");
    }

    @Test
    void aUriWithoutUserOrWithAPasswordAlreadyIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> UriPassword.inject("mongodb://host/db?x=a@b", "hunter2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(UriPassword.ENV)
                .hasMessageContaining("names no user").hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> UriPassword.inject("mongodb://app:old-secret@host/db", "hunter2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has a password too")
                .hasMessageNotContaining("hunter2").hasMessageNotContaining("old-secret");
        assertThatThrownBy(() -> UriPassword.inject("http://app@host", "hunter2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("hunter2");
    }
}
