package dev.parley.imports;

import java.util.ArrayList;
import java.util.List;

/** What one chunk of rows did, added to the job's counters in the chunk's own transaction. */
final class ChunkCounts {

    /** A row that was read but not imported. */
    record Rejected(long line, String reason) {
    }

    long read;
    long bytesRead;
    long written;
    long revised;
    long unchanged;
    long retracted;
    final List<Rejected> rejected = new ArrayList<>();
}
