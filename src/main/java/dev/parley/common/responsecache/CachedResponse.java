package dev.parley.common.responsecache;

import io.vertx.core.buffer.Buffer;

/** One stored answer: the exact bytes /graphql sent, their media type and entity tag, and the data version. */
record CachedResponse(long version, String contentType, String etag, Buffer body) {
}
