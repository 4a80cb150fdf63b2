package org.kanbao.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.kanbao.ui.state.DeferredBackend;
import org.kanbao.ui.state.ReaderBackend;

class DeferredBackendTest {
    @Test
    void callsWaitForTheLibraryAndReadOnlyIsKnownBefore() throws Exception {
        CompletableFuture<ReaderBackend> opening = new CompletableFuture<>();
        DeferredBackend b = new DeferredBackend(opening, true);
        assertTrue(b.isReadOnly());
        CompletableFuture<List<?>> editions = CompletableFuture.supplyAsync(b::editions);
        Thread.sleep(50);
        assertFalse(editions.isDone());
        opening.complete(stub());
        assertEquals(List.of(), editions.get());
    }

    /** A backend whose every list is empty. */
    private static ReaderBackend stub() {
        return (ReaderBackend) java.lang.reflect.Proxy.newProxyInstance(ReaderBackend.class.getClassLoader(),
                new Class<?>[] {ReaderBackend.class}, (p, m, a) -> m.getReturnType() == List.class ? List.of() : null);
    }

    @Test
    void aFailedOpenIsABackendException() {
        CompletableFuture<ReaderBackend> opening = CompletableFuture.failedFuture(new IllegalStateException("locked"));
        DeferredBackend b = new DeferredBackend(opening, false);
        ReaderBackend.BackendException e = assertThrows(ReaderBackend.BackendException.class, b::isEmpty);
        assertEquals("locked", e.getMessage());
    }
}
