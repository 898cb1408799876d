/** auditpy's Truffle language: parser, nodes, runtime, builtins and the audit machinery. */
module org.auditpy.language {
    requires java.logging;
    requires jdk.unsupported;
    requires org.graalvm.polyglot;
    requires org.graalvm.truffle;
    requires org.antlr.antlr4.runtime;

    exports org.auditpy;
    exports org.auditpy.audit;
    exports org.auditpy.builtins;
    exports org.auditpy.nodes;
    exports org.auditpy.parser;
    exports org.auditpy.parser.ast;
    exports org.auditpy.runtime;

    uses org.auditpy.builtins.IntrinsicModuleProvider;

    provides com.oracle.truffle.api.provider.TruffleLanguageProvider with org.auditpy.AuditPyLanguageProvider;
}
