package io.tapeflow.sources.polygon.flatfiles.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Polygon's flat-file bucket over S3 (AWS SDK v2): custom endpoint, path-style addressing, region us-east-1, SigV4
 * (PROTOCOL.md section 5.1). The client is built lazily on whichever JVM first touches the store.
 */
public final class S3FlatFileStore implements FlatFileStore {
    private static final long serialVersionUID = 1L;
    public static final String DEFAULT_ENDPOINT = "https://files.massive.com";
    public static final String DEFAULT_BUCKET = "flatfiles";

    private final String endpoint;
    private final String bucket;
    private final S3Credentials credentials;
    private transient S3Client client;

    public S3FlatFileStore(String endpoint, String bucket, S3Credentials credentials) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        URI uri = URI.create(endpoint);
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("S3 endpoint must be an absolute URL like " + DEFAULT_ENDPOINT
                    + ", not '" + endpoint + "'");
        }
    }

    /** The real bucket with credentials from the environment. */
    public static S3FlatFileStore polygon(String endpoint, String bucket) {
        return new S3FlatFileStore(endpoint, bucket, S3Credentials.fromEnvironment());
    }

    /**
     * Resolves the credentials once, so a missing key pair fails at start with one line instead of at the first
     * listing on the JobManager. Call it where the credentials will also be available to the job (local runs).
     */
    public S3FlatFileStore verifyCredentialsPresent() {
        credentials.resolve();
        return this;
    }

    @Override
    public List<FlatFileObject> list(String prefix) throws IOException {
        try {
            List<FlatFileObject> out = new ArrayList<>();
            ListObjectsV2Request req = ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).build();
            for (S3Object o : client().listObjectsV2Paginator(req).contents()) {
                out.add(new FlatFileObject(o.key(), o.size(), unquote(o.eTag())));
            }
            return out;
        } catch (SdkException e) {
            throw new IOException("listing " + prefix + " in " + describe() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public FlatFileObject stat(String key) throws IOException {
        try {
            HeadObjectResponse h = client().headObject(b -> b.bucket(bucket).key(key));
            return new FlatFileObject(key, h.contentLength(), unquote(h.eTag()));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) throw new FlatFileMissingException("flat file " + key + " is missing from " + describe(), e);
            throw new IOException("stat of " + key + " in " + describe() + " failed: " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException("stat of " + key + " in " + describe() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(String key, long fromByte) throws IOException {
        GetObjectRequest.Builder req = GetObjectRequest.builder().bucket(bucket).key(key);
        if (fromByte > 0) req.range("bytes=" + fromByte + "-");
        try {
            return client().getObject(req.build());
        } catch (S3Exception e) {
            if (e.statusCode() == 404 || e.statusCode() == 403) {
                throw new FlatFileMissingException("flat file " + key + " in " + describe() + " is missing or not "
                        + "readable (HTTP " + e.statusCode() + ")", e);
            }
            throw new IOException("reading " + key + " from " + describe() + " failed: " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException("reading " + key + " from " + describe() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "s3 " + endpoint + "/" + bucket;
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
    }

    private synchronized S3Client client() {
        if (client == null) {
            client = S3Client.builder()
                    .endpointOverride(URI.create(endpoint))
                    .forcePathStyle(true)
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(credentials.resolve()))
                    // Explicit client: the SDK would otherwise pick whichever HTTP implementation it finds first.
                    .httpClientBuilder(UrlConnectionHttpClient.builder()
                            .connectionTimeout(Duration.ofSeconds(10))
                            .socketTimeout(Duration.ofSeconds(60)))
                    .build();
        }
        return client;
    }

    private static String unquote(String etag) {
        if (etag == null) return "";
        return etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"") ? etag.substring(1, etag.length() - 1) : etag;
    }

    @Override
    public String toString() {
        return "S3FlatFileStore{" + endpoint + "/" + bucket + "}";
    }
}
