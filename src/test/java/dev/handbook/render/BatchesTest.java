package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The booklet's sheets are made a batch at a time as the template reads them, each once, in order. */
class BatchesTest {
    private final List<Integer> numbers = IntStream.range(0, 150).boxed().toList();
    private final AtomicInteger made = new AtomicInteger();
    private final Worksheets.Batches<Integer, String> sheets = new Worksheets.Batches<>(numbers, n -> {
        made.incrementAndGet();
        return "sheet " + n;
    });

    @Test
    void readInOrderEachElementIsMadeOnceAndInPlace() {
        assertEquals(150, sheets.size());
        assertEquals(0, made.get(), "nothing is made before it is read");
        assertEquals("sheet 0", sheets.get(0));
        assertEquals(Worksheets.Batches.SIZE, made.get(), "the first read makes the first batch");
        List<String> all = List.copyOf(sheets);
        assertEquals(numbers.stream().map(n -> "sheet " + n).toList(), all);
        assertEquals(150, made.get());
    }

    @Test
    void onlyTheCurrentBatchIsKept() {
        sheets.get(149);
        int afterLast = made.get();
        assertEquals(150 - 2 * Worksheets.Batches.SIZE, afterLast, "the last, short batch");
        assertEquals("sheet 3", sheets.get(3));
        assertEquals(afterLast + Worksheets.Batches.SIZE, made.get(), "an earlier batch is made again");
        assertThrows(IndexOutOfBoundsException.class, () -> sheets.get(150));
    }
}
