package dev.handbook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven stamped into the jar; {@code --version} prints it. */
final class Version implements IVersionProvider {
    static String get() {
        // From the jar's manifest, which the JVM has read already: looking up a resource instead costs a
        // cold start about 5 ms (the class loaders open the runtime image and a jar URL connection first).
        String stamped = Version.class.getPackage().getImplementationVersion();
        return stamped != null ? stamped : fromResource();
    }

    /** Outside the jar (tests run from target/classes), from the resource Maven filtered. */
    private static String fromResource() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/dev/handbook/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"handbook " + get()};
    }
}
