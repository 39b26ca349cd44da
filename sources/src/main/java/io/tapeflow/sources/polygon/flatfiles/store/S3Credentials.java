package io.tapeflow.sources.polygon.flatfiles.store;

import java.io.Serializable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

/**
 * Where the S3 key pair comes from, resolved where the client is built (JobManager / TaskManager), so the default
 * never puts secrets into the job graph. The flat-file key pair is separate from the REST/WS API key.
 */
@FunctionalInterface
public interface S3Credentials extends Serializable {
    String ACCESS_KEY_ENV = "POLYGON_S3_ACCESS_KEY_ID";
    String SECRET_KEY_ENV = "POLYGON_S3_SECRET_ACCESS_KEY";

    AwsCredentials resolve();

    /** From {@code POLYGON_S3_ACCESS_KEY_ID} / {@code POLYGON_S3_SECRET_ACCESS_KEY}; names the variables, never values. */
    static S3Credentials fromEnvironment() {
        return new S3Credentials() {
            private static final long serialVersionUID = 1L;

            @Override
            public AwsCredentials resolve() {
                String id = System.getenv(ACCESS_KEY_ENV);
                String secret = System.getenv(SECRET_KEY_ENV);
                if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
                    throw new IllegalStateException("S3 flat files need " + ACCESS_KEY_ENV + " and " + SECRET_KEY_ENV
                            + " in the environment");
                }
                return AwsBasicCredentials.create(id.trim(), secret.trim());
            }

            @Override
            public String toString() {
                return "S3Credentials{environment}";
            }
        };
    }

    /**
     * A fixed key pair, for tests and local S3 emulators only: it is serialized into the job graph with the store.
     */
    static S3Credentials ofStatic(String accessKeyId, String secretAccessKey) {
        return new S3Credentials() {
            private static final long serialVersionUID = 1L;

            @Override
            public AwsCredentials resolve() {
                return AwsBasicCredentials.create(accessKeyId, secretAccessKey);
            }

            @Override
            public String toString() {
                return "S3Credentials{static, redacted}";
            }
        };
    }
}
