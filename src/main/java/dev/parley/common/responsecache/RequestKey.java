package dev.parley.common.responsecache;

/** What makes two requests the same question: the body as sent, its media type, and the media types accepted. */
record RequestKey(String contentType, String accept, String body) {

    int weight() {
        return 64 + 2 * (body.length() + (accept == null ? 0 : accept.length()) + contentType.length());
    }
}
