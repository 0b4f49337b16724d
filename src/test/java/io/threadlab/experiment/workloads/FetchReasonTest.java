package io.threadlab.experiment.workloads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Fetch errors read as words, not as Java class names (issue 13's cosmetic). */
class FetchReasonTest {
    @Test
    void classNamesAreTakenOutOfMessages() {
        assertEquals("PKIX path building failed: unable to find valid certification path",
                Fetch.plain("sun.security.validator.ValidatorException: PKIX path building failed:"
                        + " sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path"));
        assertEquals("the server closed the connection", Fetch.reason(new java.io.IOException(new java.io.EOFException())));
        assertEquals("no reason given", Fetch.plain("java.io.IOException: "));
    }
}
