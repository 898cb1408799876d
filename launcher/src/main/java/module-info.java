/** auditpy's python3-style command line and interactive REPL, on the GraalVM polyglot API. */
module org.auditpy.launcher {
    requires org.graalvm.polyglot;
    requires org.jline;
    requires jdk.unsupported;
}
