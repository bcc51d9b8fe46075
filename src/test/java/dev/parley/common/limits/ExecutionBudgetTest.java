package dev.parley.common.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Operations wait for room among the records in flight, and fail with SERVER_BUSY when none comes in time. */
class ExecutionBudgetTest {

    @Test
    void anOperationThatDoesNotFitWaitsThenFailsWithServerBusy() {
        ExecutionBudget budget = new ExecutionBudget(100, Duration.ofMillis(50));
        int held = budget.acquire(80);
        ServerBusy busy = assertThrows(ServerBusy.class, () -> budget.acquire(30));
        assertEquals("SERVER_BUSY", busy.getExtensions().get("code"));
        assertTrue(busy.getMessage().startsWith("The server is busy: an operation of up to 30 records waited"),
                busy.getMessage());
        budget.release(held);
        budget.release(budget.acquire(30));
    }

    @Test
    void aWaitingOperationRunsOnceRoomIsGivenBack() throws Exception {
        ExecutionBudget budget = new ExecutionBudget(100, Duration.ofSeconds(10));
        int held = budget.acquire(100);
        CompletableFuture<Integer> waiting = CompletableFuture.supplyAsync(() -> budget.acquire(60));
        Thread.sleep(50);
        assertTrue(!waiting.isDone(), "waits while the room is taken");
        budget.release(held);
        assertEquals(60, waiting.get(5, TimeUnit.SECONDS));
    }

    @Test
    void anOperationLargerThanTheBudgetRunsAloneAndTheSmallestCostsOne() {
        ExecutionBudget budget = new ExecutionBudget(100, Duration.ofMillis(50));
        int all = budget.acquire(25_000);
        assertEquals(100, all);
        assertThrows(ServerBusy.class, () -> budget.acquire(0));
        budget.release(all);
        assertEquals(1, budget.acquire(0));
    }
}
