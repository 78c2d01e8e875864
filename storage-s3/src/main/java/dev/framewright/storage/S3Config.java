package dev.framewright.storage;

import java.net.URI;

/**
 * Where the S3-compatible bucket is (scale mode, see docs/scale-out.md).
 *
 * @param endpoint the service URL, e.g. {@code http://minio:9000}; null for AWS itself
 * @param pathStyle {@code http://host/bucket/key} addressing (MinIO, S3Proxy, Ceph) instead of virtual hosts
 */
public record S3Config(
        URI endpoint, String bucket, String region, String accessKey, String secretKey, boolean pathStyle) {
    public S3Config {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("s3-bucket is required for the S3 blob store");
        }
        if (region == null || region.isBlank()) {
            region = "us-east-1";
        }
    }
}
