package dev.framewright.storage;

import dev.framewright.core.files.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Blobs in an S3-compatible bucket (AWS SDK v2): streaming reads, multipart upload for large files,
 * presigned GET and PUT URLs so clients fetch and upload bytes without passing through a node.
 * Thread-safe; the constructor does no I/O ({@link #check()} creates the bucket when missing).
 */
public final class S3BlobStore implements BlobStore {
    /** Files larger than this are uploaded in parts. */
    static final long MULTIPART_THRESHOLD = 64L << 20;

    static final long PART_SIZE = 16L << 20;

    /** Largest object S3 copies in one request. */
    static final long COPY_LIMIT = 5L << 30;

    static final long COPY_PART = 512L << 20;

    private final S3Config config;
    private final S3Client s3;
    private final S3Presigner presigner;

    public S3BlobStore(S3Config config) {
        this.config = config;
        var credentials =
                StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKey(), config.secretKey()));
        var s3Config = S3Configuration.builder()
                .pathStyleAccessEnabled(config.pathStyle())
                .build();
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(config.region()))
                .credentialsProvider(credentials)
                .serviceConfiguration(s3Config);
        var presign = S3Presigner.builder()
                .region(Region.of(config.region()))
                .credentialsProvider(credentials)
                .serviceConfiguration(s3Config);
        if (config.endpoint() != null) {
            builder.endpointOverride(config.endpoint());
            presign.endpointOverride(config.endpoint());
        }
        this.s3 = builder.build();
        this.presigner = presign.build();
    }

    @Override
    public void put(String key, Path source) throws IOException {
        String k = BlobKeys.requireValid(key);
        long size = Files.size(source);
        try {
            if (size > MULTIPART_THRESHOLD) {
                multipart(k, source, size);
            } else {
                s3.putObject(b -> b.bucket(config.bucket()).key(k), RequestBody.fromFile(source));
            }
        } catch (S3Exception e) {
            throw new IOException(
                    "S3 put of " + k + " failed: " + e.awsErrorDetails().errorMessage(), e);
        }
    }

    private void multipart(String key, Path source, long size) throws IOException {
        String uploadId = s3.createMultipartUpload(
                        b -> b.bucket(config.bucket()).key(key))
                .uploadId();
        try (var channel = java.nio.channels.FileChannel.open(source)) {
            List<CompletedPart> parts = new ArrayList<>();
            int number = 1;
            for (long offset = 0; offset < size; offset += PART_SIZE, number++) {
                long length = Math.min(PART_SIZE, size - offset);
                java.nio.ByteBuffer buf = channel.map(java.nio.channels.FileChannel.MapMode.READ_ONLY, offset, length);
                int n = number;
                String etag = s3.uploadPart(
                                b -> b.bucket(config.bucket())
                                        .key(key)
                                        .uploadId(uploadId)
                                        .partNumber(n),
                                RequestBody.fromByteBuffer(buf))
                        .eTag();
                parts.add(CompletedPart.builder().partNumber(n).eTag(etag).build());
            }
            s3.completeMultipartUpload(b -> b.bucket(config.bucket())
                    .key(key)
                    .uploadId(uploadId)
                    .multipartUpload(
                            CompletedMultipartUpload.builder().parts(parts).build()));
        } catch (IOException | RuntimeException e) {
            s3.abortMultipartUpload(b -> b.bucket(config.bucket()).key(key).uploadId(uploadId));
            throw e;
        }
    }

    @Override
    public void move(String key, Path source) throws IOException {
        put(key, source);
        Files.deleteIfExists(source);
    }

    @Override
    public InputStream open(String key) throws IOException {
        String k = BlobKeys.requireValid(key);
        try {
            return s3.getObject(b -> b.bucket(config.bucket()).key(k));
        } catch (NoSuchKeyException e) {
            throw new java.nio.file.NoSuchFileException(k);
        } catch (S3Exception e) {
            throw new IOException(
                    "S3 get of " + k + " failed: " + e.awsErrorDetails().errorMessage(), e);
        }
    }

    @Override
    public Optional<Long> size(String key) throws IOException {
        String k = BlobKeys.requireValid(key);
        try {
            return Optional.of(
                    s3.headObject(b -> b.bucket(config.bucket()).key(k)).contentLength());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw new IOException(
                    "S3 head of " + k + " failed: " + e.awsErrorDetails().errorMessage(), e);
        }
    }

    @Override
    public Optional<Path> localPath(String key) {
        BlobKeys.requireValid(key);
        return Optional.empty();
    }

    @Override
    public void delete(String key) throws IOException {
        String k = BlobKeys.requireValid(key);
        try {
            s3.deleteObject(b -> b.bucket(config.bucket()).key(k));
            List<ObjectIdentifier> under = new ArrayList<>();
            for (S3Object o : s3.listObjectsV2Paginator(
                            b -> b.bucket(config.bucket()).prefix(k + "/"))
                    .contents()) {
                under.add(ObjectIdentifier.builder().key(o.key()).build());
                if (under.size() == 1000) {
                    deleteAll(under);
                }
            }
            deleteAll(under);
        } catch (S3Exception e) {
            throw new IOException(
                    "S3 delete of " + k + " failed: " + e.awsErrorDetails().errorMessage(), e);
        }
    }

    private void deleteAll(List<ObjectIdentifier> keys) {
        if (!keys.isEmpty()) {
            s3.deleteObjects(b -> b.bucket(config.bucket())
                    .delete(Delete.builder().objects(List.copyOf(keys)).build()));
            keys.clear();
        }
    }

    /** The keys under {@code prefix} (e.g. {@code "incoming/"}), at most {@code max}, in key order. */
    public List<String> keysUnder(String prefix, int max) throws IOException {
        List<String> keys = new ArrayList<>();
        try {
            for (S3Object o : s3.listObjectsV2Paginator(
                            b -> b.bucket(config.bucket()).prefix(prefix).maxKeys(Math.min(max, 1000)))
                    .contents()) {
                keys.add(o.key());
                if (keys.size() >= max) {
                    break;
                }
            }
        } catch (S3Exception e) {
            throw new IOException(
                    "S3 list of " + prefix + " failed: " + e.awsErrorDetails().errorMessage(), e);
        }
        return keys;
    }

    /**
     * Copies a blob inside the bucket (server side, the bytes never leave the store); objects over
     * 5 GiB, which S3 cannot copy in one request, are copied in parts.
     */
    public void copy(String fromKey, String toKey) throws IOException {
        String from = BlobKeys.requireValid(fromKey);
        String to = BlobKeys.requireValid(toKey);
        try {
            long size = s3.headObject(b -> b.bucket(config.bucket()).key(from)).contentLength();
            if (size <= COPY_LIMIT) {
                s3.copyObject(b -> b.sourceBucket(config.bucket())
                        .sourceKey(from)
                        .destinationBucket(config.bucket())
                        .destinationKey(to));
                return;
            }
            String uploadId = s3.createMultipartUpload(
                            b -> b.bucket(config.bucket()).key(to))
                    .uploadId();
            try {
                List<CompletedPart> parts = new ArrayList<>();
                int number = 1;
                for (long offset = 0; offset < size; offset += COPY_PART, number++) {
                    long last = Math.min(size, offset + COPY_PART) - 1;
                    int n = number;
                    String range = "bytes=" + offset + "-" + last;
                    String etag = s3.uploadPartCopy(b -> b.sourceBucket(config.bucket())
                                    .sourceKey(from)
                                    .destinationBucket(config.bucket())
                                    .destinationKey(to)
                                    .uploadId(uploadId)
                                    .partNumber(n)
                                    .copySourceRange(range))
                            .copyPartResult()
                            .eTag();
                    parts.add(CompletedPart.builder().partNumber(n).eTag(etag).build());
                }
                s3.completeMultipartUpload(b -> b.bucket(config.bucket())
                        .key(to)
                        .uploadId(uploadId)
                        .multipartUpload(
                                CompletedMultipartUpload.builder().parts(parts).build()));
            } catch (RuntimeException e) {
                s3.abortMultipartUpload(b -> b.bucket(config.bucket()).key(to).uploadId(uploadId));
                throw e;
            }
        } catch (NoSuchKeyException e) {
            throw new java.nio.file.NoSuchFileException(from);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new java.nio.file.NoSuchFileException(from);
            }
            throw new IOException(
                    "S3 copy of " + from + " failed: " + e.awsErrorDetails().errorMessage(), e);
        }
    }

    /** Creates the bucket when it does not exist; throws when the service cannot be reached. */
    @Override
    public void check() throws IOException {
        try {
            s3.headBucket(b -> b.bucket(config.bucket()));
        } catch (NoSuchBucketException e) {
            createBucket();
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw new IOException("S3 bucket " + config.bucket() + " is not usable: " + e.getMessage(), e);
            }
            createBucket();
        } catch (RuntimeException e) {
            throw new IOException("S3 endpoint unreachable: " + e.getMessage(), e);
        }
    }

    /** Creates the bucket; another node creating it at the same moment is success too. */
    private void createBucket() throws IOException {
        try {
            s3.createBucket(b -> b.bucket(config.bucket()));
        } catch (BucketAlreadyOwnedByYouException e) {
            // a node starting beside this one made it first
        } catch (S3Exception e) {
            try {
                s3.headBucket(b -> b.bucket(config.bucket()));
            } catch (RuntimeException again) {
                throw new IOException("S3 bucket " + config.bucket() + " could not be created: " + e.getMessage(), e);
            }
        }
    }

    /**
     * A presigned GET of the blob, valid for {@code ttl}; {@code contentDisposition} (nullable) is
     * answered by the store (S3 response override).
     */
    public URI presignGet(String key, Duration ttl, String contentType, String contentDisposition) {
        String k = BlobKeys.requireValid(key);
        return toUri(presigner
                .presignGetObject(p -> p.signatureDuration(ttl).getObjectRequest(g -> {
                    g.bucket(config.bucket()).key(k);
                    if (contentType != null) {
                        g.responseContentType(contentType);
                    }
                    if (contentDisposition != null) {
                        g.responseContentDisposition(contentDisposition);
                    }
                }))
                .url());
    }

    /** A presigned PUT of the blob, valid for {@code ttl}: the client uploads straight to the bucket. */
    public URI presignPut(String key, Duration ttl) {
        String k = BlobKeys.requireValid(key);
        return toUri(presigner
                .presignPutObject(p -> p.signatureDuration(ttl)
                        .putObjectRequest(r -> r.bucket(config.bucket()).key(k)))
                .url());
    }

    private static URI toUri(java.net.URL url) {
        try {
            return url.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    @Override
    public void close() {
        presigner.close();
        s3.close();
    }
}
