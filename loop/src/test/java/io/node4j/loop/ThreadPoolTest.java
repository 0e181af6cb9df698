package io.node4j.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ThreadPoolTest extends LoopTestBase {
    private ThreadPool pool;

    @Override
    protected Loop newLoop() {
        pool = new ThreadPool(4, "test-pool-");
        return new Loop(pool);
    }

    @AfterEach
    void shutdownPool() {
        pool.shutdown();
    }

    @Test
    void sizeComesFromUvThreadpoolSizeClampedWithDefaultFour() {
        assertEquals(4, ThreadPool.sizeFromEnv(null));
        assertEquals(4, ThreadPool.sizeFromEnv("abc"));
        assertEquals(4, ThreadPool.sizeFromEnv(""));
        assertEquals(1, ThreadPool.sizeFromEnv("0"));
        assertEquals(1, ThreadPool.sizeFromEnv("-3"));
        assertEquals(7, ThreadPool.sizeFromEnv(" 7 "));
        assertEquals(1024, ThreadPool.sizeFromEnv("1025"));
        assertEquals(1024, ThreadPool.sizeFromEnv("99999999999999"));
    }

    @Test
    void sharedPoolHasTheEnvironmentsSize() {
        assertEquals(ThreadPool.sizeFromEnv(System.getenv("UV_THREADPOOL_SIZE")), ThreadPool.shared().size());
        assertThrows(IllegalStateException.class, () -> ThreadPool.shared().shutdown());
    }

    @Test
    void atMostSizeJobsRunAtOnceAndTheNextWaitsForAFreeThread() throws Exception {
        CountDownLatch firstFourStarted = new CountDownLatch(4);
        CountDownLatch fifthStarted = new CountDownLatch(1);
        List<CountDownLatch> releases = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            releases.add(new CountDownLatch(1));
        }
        int[] done = {0};
        for (int i = 0; i < 5; i++) {
            CountDownLatch release = releases.get(i);
            CountDownLatch started = i < 4 ? firstFourStarted : fifthStarted;
            loop.queueWork(() -> {
                started.countDown();
                release.await();
                return null;
            }, (r, e) -> done[0]++);
        }

        assertTrue(firstFourStarted.await(20, TimeUnit.SECONDS));
        // all four workers are now blocked inside jobs: the fifth cannot have been taken
        assertEquals(4, pool.runningCount());
        assertEquals(1, pool.queuedCount());
        assertEquals(1, fifthStarted.getCount());

        releases.get(0).countDown();
        assertTrue(fifthStarted.await(20, TimeUnit.SECONDS), "the freed worker takes the fifth job");

        releases.forEach(CountDownLatch::countDown);
        assertFalse(loop.run(RunMode.DEFAULT));
        assertEquals(5, done[0]);
    }

    @Test
    void threadsStartLazilyAsNamedDaemons() throws Exception {
        assertFalse(pool.isStarted());
        Thread[] worker = new Thread[1];
        loop.queueWork(() -> worker[0] = Thread.currentThread(), null);
        assertTrue(pool.isStarted());

        loop.run(RunMode.DEFAULT);

        assertTrue(worker[0].isDaemon());
        assertTrue(worker[0].getName().matches("test-pool-[1-4]"), worker[0].getName());
    }

    @Test
    void sharedPoolThreadsAreNamedNode4jPool() {
        Loop shared = new Loop();
        String[] name = new String[1];
        shared.queueWork(() -> Thread.currentThread().getName(), (r, e) -> name[0] = r);
        shared.run(RunMode.DEFAULT);
        shared.close();

        assertTrue(name[0].matches("node4j-pool-\\d+"), name[0]);
    }

    @Test
    void jobsStartInFifoOrder() throws Exception {
        ThreadPool single = new ThreadPool(1, "single-");
        try {
            Loop other = new Loop(single);
            List<Integer> order = Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < 10; i++) {
                int n = i;
                other.queueWork(() -> order.add(n), null);
            }
            other.run(RunMode.DEFAULT);
            other.close();
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), order);
        } finally {
            single.shutdown();
        }
    }

    @Test
    void poolSizeMustBeInRange() {
        assertThrows(IllegalArgumentException.class, () -> new ThreadPool(0, "x-"));
        assertThrows(IllegalArgumentException.class, () -> new ThreadPool(1025, "x-"));
    }
}
