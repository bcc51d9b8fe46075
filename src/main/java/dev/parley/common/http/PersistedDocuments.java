package dev.parley.common.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Documents a client sends by id rather than by text, two ways:
 * <ul>
 * <li><b>Automatic persisted queries</b> (Apollo, {@code extensions.persistedQuery.sha256Hash}, version 1): an
 * unknown hash without the document is answered {@code PERSISTED_QUERY_NOT_FOUND}; the client then sends hash and
 * document, which is registered once the hash is checked and the document parses; from then on the hash alone runs
 * it, also over GET (short URLs that CDNs cache). Kept in a bounded store.</li>
 * <li><b>Trusted documents</b>, opt-in ({@code parley.persisted-documents.trusted-manifest}): only the documents of a
 * manifest run, sent by id ({@code documentId} or the APQ hash) or by their exact text; anything else is refused
 * with {@code TRUSTED_DOCUMENT_REQUIRED} before it is parsed. Ids may be written {@code sha256:<hex>} or plain.</li>
 * </ul>
 */
@ApplicationScoped
public class PersistedDocuments {

    private static final String SHA256_PREFIX = "sha256:";

    @Inject
    PersistedDocumentsConfig config;

    private Cache<String, String> registered;
    private Map<String, String> trusted;
    private Set<String> trustedTexts;

    void load(@Observes StartupEvent started) {
        registered = Caffeine.newBuilder().maximumSize(Math.max(0, config.automaticMaxEntries())).build();
        config.trustedManifest().ifPresent(path -> {
            JsonObject manifest;
            try {
                manifest = new JsonObject(Files.readString(path, StandardCharsets.UTF_8));
            } catch (IOException | DecodeException e) {
                throw new IllegalStateException("parley.persisted-documents.trusted-manifest: cannot read " + path
                        + " as a JSON object of id → document: " + e.getMessage());
            }
            Map<String, String> documents = new HashMap<>();
            manifest.forEach(entry -> {
                if (!(entry.getValue() instanceof String document)) {
                    throw new IllegalStateException("Trusted manifest " + path + ": the value of " + entry.getKey()
                            + " is not a document string");
                }
                String id = normalise(entry.getKey());
                if (entry.getKey().regionMatches(true, 0, SHA256_PREFIX, 0, SHA256_PREFIX.length())
                        && !id.equals(sha256(document))) {
                    throw new IllegalStateException("Trusted manifest " + path + ": " + entry.getKey()
                            + " is not the SHA-256 of its document");
                }
                documents.put(id, document);
            });
            trusted = Map.copyOf(documents);
            trustedTexts = new HashSet<>(documents.values());
            Log.infof("Trusted documents only: %d documents from %s", trusted.size(), path);
        });
    }

    /**
     * The document this request runs, or a refusal. Null when the request sends its own document and that may run
     * as sent (the guard then registers it with {@link #register} once it parses, if it came with a hash).
     */
    String resolve(GraphQLHttpRequest request) {
        if (trusted != null) {
            return trustedDocument(request);
        }
        if (request.documentId() == null) {
            return null;
        }
        String id = normalise(request.documentId());
        if (request.query() != null) {
            if (!id.equals(sha256(request.query()))) {
                throw new HttpRefusal(400, "PERSISTED_QUERY_HASH_MISMATCH",
                        "The persisted query's sha256Hash is not the SHA-256 of the query sent with it");
            }
            return null;
        }
        if (!config.automaticEnabled()) {
            throw new HttpRefusal(400, "PERSISTED_QUERY_NOT_SUPPORTED", "Persisted queries are not enabled; send the query");
        }
        String document = registered.getIfPresent(id);
        if (document == null) {
            throw new PersistedQueryNotFound();
        }
        return document;
    }

    /** After the document sent with a (checked) hash parsed: the hash alone runs it from now on. */
    void register(GraphQLHttpRequest request) {
        if (trusted == null && config.automaticEnabled() && request.documentId() != null && request.query() != null) {
            registered.put(normalise(request.documentId()), request.query());
        }
    }

    private String trustedDocument(GraphQLHttpRequest request) {
        if (request.documentId() != null) {
            String document = trusted.get(normalise(request.documentId()));
            if (document == null) {
                throw new HttpRefusal(403, "TRUSTED_DOCUMENT_REQUIRED",
                        "Unknown document id: this service runs only the documents of its trusted manifest");
            }
            if (request.query() != null && !request.query().equals(document)) {
                throw new HttpRefusal(400, "PERSISTED_QUERY_HASH_MISMATCH",
                        "The query sent is not the trusted document of that id");
            }
            return document;
        }
        if (request.query() != null && trustedTexts.contains(request.query())) {
            return request.query();
        }
        throw new HttpRefusal(403, "TRUSTED_DOCUMENT_REQUIRED",
                "This service runs only the documents of its trusted manifest; send one by its documentId");
    }

    private static String normalise(String id) {
        String plain = id.regionMatches(true, 0, SHA256_PREFIX, 0, SHA256_PREFIX.length()) ? id.substring(SHA256_PREFIX.length()) : id;
        return plain.toLowerCase(Locale.ROOT);
    }

    static String sha256(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Apollo's clients switch on this code (and message) to send the document along with its hash. */
    static final class PersistedQueryNotFound extends HttpRefusal {
        PersistedQueryNotFound() {
            super(REQUEST_ERROR, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
        }
    }
}
