package org.geneft.cli;

import picocli.CommandLine;

/** Version from the jar's manifest (the Maven project version), with the Java runtime. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = GeneftCommand.class.getPackage().getImplementationVersion();
        return new String[] {"geneft " + (v == null ? "(development build)" : v),
                "Java " + System.getProperty("java.version")};
    }
}
