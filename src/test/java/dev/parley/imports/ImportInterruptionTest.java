package dev.parley.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/**
 * An import cut off half-way (here: the file breaks off in the middle of a chunk, as when the upload or the process
 * dies) leaves whole chunks only, and importing the file again completes it with every row exactly once. The
 * packaged app killed for real is DurabilityIT's kind of test; this one runs in-process, on the runner itself.
 */
@QuarkusTest
@TestProfile(ImportsProfile.class)
class ImportInterruptionTest {

    private static final int ROWS = 1050;

    @Inject
    ImportRunner runner;

    @Inject
    EntityManager em;

    @Test
    void anInterruptedImportLeavesWholeChunksAndASecondRunCompletesIt() throws IOException {
        byte[] file = generated();
        ImportJob cut = runner.run(ImportFormat.ACLED, new BreaksOff(new ByteArrayInputStream(file), file.length * 6 / 10),
                (long) file.length, "test", "generated.csv");
        assertEquals(ImportJobStatus.INTERRUPTED, cut.status);
        long written = count("select count(i) from Incident i where i.externalId like 'CUT%'");
        assertTrue(written > 0 && written < ROWS, "some chunks were committed: " + written);
        assertEquals(0, written % ImportsProfile.CHUNK_ROWS, "whole chunks only: " + written);
        assertEquals(written, cut.rowsWritten);
        assertEquals(written, count("select count(c) from CasualtyReport c where c.incident.externalId like 'CUT%'"),
                "every committed incident has its casualty report");

        ImportJob again = runner.run(ImportFormat.ACLED, new ByteArrayInputStream(file), (long) file.length, "test", "generated.csv");
        assertEquals(ImportJobStatus.COMPLETED, again.status);
        assertEquals(ROWS - written, again.rowsWritten);
        assertEquals(written, again.rowsUnchanged);
        assertEquals(ROWS, count("select count(i) from Incident i where i.externalId like 'CUT%'"));
        assertEquals(ROWS, count("select count(distinct i.externalId) from Incident i where i.externalId like 'CUT%'"));
        assertEquals(ROWS, count("select count(c) from CasualtyReport c where c.incident.externalId like 'CUT%'"));
    }

    private long count(String query) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(query, Long.class).getSingleResult());
    }

    private static byte[] generated() {
        StringBuilder csv = new StringBuilder("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
                + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,"
                + "region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,"
                + "fatalities,tags,timestamp\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("CUT").append(i).append(",2023-05-").append(String.format("%02d", 1 + i % 28))
                    .append(",2023,1,Political violence,Battles,Armed clash,Test Army (Cut),,1,Test Rebels (Cut),,2,12,,999,")
                    .append("Testland,Testland,Cut Oblast,,,Cut Town ").append(i % 50).append(",46.").append(i % 1000)
                    .append(",35.5,1,Test Wire,National,\"Synthetic test event, number ").append(i).append(".\",")
                    .append(i % 7).append(",,1683000000\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A file that breaks off after so many bytes, as an upload does when the client or the network dies. */
    private static final class BreaksOff extends FilterInputStream {
        private long left;

        BreaksOff(InputStream in, long bytes) {
            super(in);
            left = bytes;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                throw new IOException("connection reset");
            }
            int read = super.read(buffer, offset, (int) Math.min(length, left));
            left -= Math.max(read, 0);
            return read;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }
    }
}
