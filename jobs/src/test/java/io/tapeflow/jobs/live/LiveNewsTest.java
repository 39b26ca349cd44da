package io.tapeflow.jobs.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** REST (news, gap repair, ticker details) is on only with a URL and a key that URL can accept. */
class LiveNewsTest {

    private static LiveSpec simulatorKey(String restUrl) {
        LiveSpec spec = new LiveSpec();
        spec.apiKeyEnv = null;
        spec.fixedApiKey = "tapeflow-test-key";
        spec.restUrl = restUrl;
        return spec;
    }

    @Test
    void theSimulatorKeyIsUsedAgainstALocalRestUrl() {
        assertThat(LiveNews.restKey(simulatorKey("http://127.0.0.1:8080")).get()).isEqualTo("tapeflow-test-key");
    }

    @Test
    void theSimulatorKeyIsNeverSentToARealHostSoRestIsOff() {
        assertThat(LiveNews.restKey(simulatorKey("https://api.massive.com"))).isNull();
    }

    @Test
    void noRestUrlOrNoKeyInTheEnvironmentTurnsRestOff() {
        // Given
        LiveSpec noUrl = simulatorKey(null);
        LiveSpec missingEnv = new LiveSpec();
        missingEnv.apiKeyEnv = "TAPEFLOW_TEST_VARIABLE_THAT_IS_NEVER_SET";

        // When / Then
        assertThat(LiveNews.restKey(noUrl)).isNull();
        assertThat(LiveNews.restKey(missingEnv)).isNull();
    }
}
