package org.auditpy.audit;

import com.oracle.truffle.api.exception.AbstractTruffleException;

/**
 * The audit configuration of a new context cannot be applied (an audit log that cannot be opened, an unknown
 * host hook token). Thrown while the context is created, before any Python code runs; embedders see a
 * {@code PolyglotException} with this message, and the launcher prints it and exits with status 1.
 */
final class AuditSetupException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    AuditSetupException(String message) {
        super(message);
    }
}
