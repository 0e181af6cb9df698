package io.node4j.runtime.bindings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The requests in flight that process.getActiveResourcesInfo() lists (AsyncWrapBinding#requestMade). */
class AsyncWrapBindingTest {

    private static AsyncWrapBinding.Scope scope(double asyncId) {
        return new AsyncWrapBinding.Scope(null, asyncId, 1, true, null);
    }

    @Test
    void listsReqWrapTypesOldestFirstUnderNodesNames() {
        AsyncWrapBinding binding = new AsyncWrapBinding();
        binding.requestMade(scope(2), "FSREQCALLBACK", null);
        binding.requestMade(scope(3), "GETADDRINFOREQWRAP", null);
        binding.requestMade(scope(4), "WRITEWRAP", null);
        binding.requestMade(scope(5), "FSREQPROMISE", null);
        assertArrayEquals(new Object[] {
            "FSReqCallback", "FSReqCallback", null,
            "GetAddrInfoReqWrap", "GetAddrInfoReqWrap", null,
            "SimpleWriteWrap", "WriteWrap", null,
            "FSReqPromise", "FSReqPromise", null,
        }, binding.activeRequests());
    }

    @Test
    void leavesOutWhatNodeDoesNotCountAsAReqWrap() {
        AsyncWrapBinding binding = new AsyncWrapBinding();
        binding.requestMade(scope(2), "QUERYWRAP", null);
        binding.requestMade(scope(3), "PBKDF2REQUEST", null);
        binding.requestMade(scope(4), "ZLIB", null);
        binding.requestMade(scope(5), "STATWATCHER", null);
        assertArrayEquals(new Object[0], binding.activeRequests());
    }

    @Test
    void aCompletedRequestLeavesTheList() {
        AsyncWrapBinding binding = new AsyncWrapBinding();
        binding.requestMade(scope(2), "FSREQCALLBACK", null);
        binding.requestMade(scope(3), "SHUTDOWNWRAP", null);
        binding.requestDone(scope(2));
        assertArrayEquals(new Object[] {"SimpleShutdownWrap", "ShutdownWrap", null}, binding.activeRequests());
        binding.requestDone(scope(3));
        binding.requestDone(scope(3));
        assertArrayEquals(new Object[0], binding.activeRequests());
    }
}
