package dev.parley.common.http;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Documents sent by id instead of text; see {@link PersistedDocuments}. */
@ConfigMapping(prefix = "parley.persisted-documents")
public interface PersistedDocumentsConfig {

    /** Automatic persisted queries (Apollo's APQ): clients register a document by its SHA-256 and then send only the hash. */
    @WithName("automatic.enabled")
    @WithDefault("true")
    boolean automaticEnabled();

    /** Registered documents kept at most; the least used go first. */
    @WithName("automatic.max-entries")
    @WithDefault("10000")
    int automaticMaxEntries();

    /**
     * A manifest of trusted documents (JSON object: id → document, as Relay's persistedOutput and GraphQL Code
     * Generator's persisted documents write it). When set, only those documents run; automatic registration is off.
     */
    @WithName("trusted-manifest")
    Optional<Path> trustedManifest();
}
