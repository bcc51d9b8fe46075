package dev.parley;

import dev.parley.imports.ImportCommand;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;

/**
 * The packaged app's entry point: with no arguments it serves (as before); {@code import <format> <file>} imports a
 * dataset file and exits with 0 when every row was read (see {@link ImportCommand}).
 */
@QuarkusMain
public class ParleyMain implements QuarkusApplication {

    @Inject
    ImportCommand imports;

    public static void main(String... args) {
        Quarkus.run(ParleyMain.class, args);
    }

    @Override
    public int run(String... args) throws Exception {
        if (args.length > 0 && "import".equals(args[0])) {
            return imports.run(args);
        }
        Quarkus.waitForExit();
        return 0;
    }
}
