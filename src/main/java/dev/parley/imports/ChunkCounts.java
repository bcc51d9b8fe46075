package dev.parley.imports;

import java.util.ArrayList;
import java.util.List;

/** What one chunk of rows did, added to the job's counters in the chunk's own transaction. */
final class ChunkCounts {

    /** A row that was read but not imported. */
    record Rejected(long line, String reason) {
    }

    int read;
    long bytesRead;
    int written;
    int revised;
    int unchanged;
    int retracted;
    final List<Rejected> rejected = new ArrayList<>();
}
