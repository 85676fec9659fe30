package dev.handbook.memo;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values a build made, kept for the next build of the same process. Each value is stored under a kind and
 * a key with the inputs it was made from, and reused while a later build asks with equal inputs: records
 * compare by value, and what an earlier build made is the same object again, so most comparisons stop at
 * the first pointer. A one-off build uses {@link #none()}, which makes every value and keeps nothing, so a
 * build's memory is what that build holds. The steps of a build never ask which memo they have.
 *
 * <p>Thread-safe: pages render on all cores.
 */
public abstract class Memo {
    private Memo() {}

    /** Keeps nothing: every value is made. For a one-off build. */
    public static Memo none() {
        return new None();
    }

    /** Keeps what builds make, for the builds that follow (the dev server's). */
    public static Memo keeping() {
        return new Keeping();
    }

    /** The value made from {@code inputs}: the one kept for equal inputs, else made now and kept. */
    public <T> T get(String kind, Object key, Object inputs, Supplier<T> make) {
        T known = find(kind, key, inputs);
        if (known != null) {
            return known;
        }
        T made = make.get();
        put(kind, key, inputs, made);
        return made;
    }

    /** The value kept under {@code key} when it was made from inputs equal to {@code inputs}, else null. */
    public abstract <T> T find(String kind, Object key, Object inputs);

    /** The value kept under {@code key}, whatever it was made from, or null. */
    public abstract <T> T last(String kind, Object key);

    /** Keeps {@code value}, made from {@code inputs}, under {@code key}. */
    public abstract void put(String kind, Object key, Object inputs, Object value);

    /**
     * {@code value}, or the value kept under {@code kind} when that one is equal: equal values become the same
     * object from build to build, so inputs that hold them compare by pointer.
     */
    public abstract <T> T same(String kind, T value);

    /** Starts a build: what it does not use is forgotten at {@link #sweep()}. */
    public abstract void startBuild();

    /**
     * Forgets every value kept under a key that the build since {@link #startBuild()} did not ask for under
     * any kind: a deleted page's. Values made only on request (a booklet's sheets) stay while their page does.
     */
    public abstract void sweep();

    private static final class None extends Memo {
        @Override
        public <T> T find(String kind, Object key, Object inputs) {
            return null;
        }

        @Override
        public <T> T last(String kind, Object key) {
            return null;
        }

        @Override
        public void put(String kind, Object key, Object inputs, Object value) {
            // kept nowhere
        }

        @Override
        public <T> T same(String kind, T value) {
            return value;
        }

        @Override
        public void startBuild() {
            // nothing kept, nothing to forget
        }

        @Override
        public void sweep() {
            // nothing kept, nothing to forget
        }
    }

    private static final class Keeping extends Memo {
        private record Slot(String kind, Object key) {}

        private record Entry(Object inputs, Object value) {}

        private final Map<Slot, Entry> entries = new ConcurrentHashMap<>();
        private final Set<Object> used = ConcurrentHashMap.newKeySet();

        @Override
        @SuppressWarnings("unchecked")
        public <T> T find(String kind, Object key, Object inputs) {
            used.add(key);
            Entry entry = entries.get(new Slot(kind, key));
            return entry != null && Objects.equals(entry.inputs(), inputs) ? (T) entry.value() : null;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T last(String kind, Object key) {
            used.add(key);
            Entry entry = entries.get(new Slot(kind, key));
            return entry == null ? null : (T) entry.value();
        }

        @Override
        public void put(String kind, Object key, Object inputs, Object value) {
            used.add(key);
            entries.put(new Slot(kind, key), new Entry(inputs, value));
        }

        @Override
        public <T> T same(String kind, T value) {
            T known = last(kind, "");
            if (known != null && known.equals(value)) {
                return known;
            }
            put(kind, "", null, value);
            return value;
        }

        @Override
        public void startBuild() {
            used.clear();
        }

        @Override
        public void sweep() {
            entries.keySet().removeIf(slot -> !used.contains(slot.key()));
        }
    }
}
