package org.cisce.expo.system;


import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;

/**
 * A steady write load: one edition created every {@code periodMillis} on the service {@code target} names,
 * each answer recorded with what the test said was happening at the time (its phase).
 */
final class WriteLoad implements AutoCloseable {

    /** One write: the edition id, the answer and the phase it was sent in. */
    record Write(String editionId, Http.Answer answer, String phase) {
    }

    final List<Write> writes = new CopyOnWriteArrayList<>();
    private final String prefix = "load-" + UUID.randomUUID().toString().substring(0, 6) + "-";
    private final IntFunction<String> target;
    private final long periodMillis;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile String phase = "before";

    /** @param target the base URL for the n-th write (so that writes can go to several instances) */
    WriteLoad(IntFunction<String> target, long periodMillis) {
        this.target = target;
        this.periodMillis = periodMillis;
        this.thread = new Thread(this::run, "write-load");
        thread.setDaemon(true);
        thread.start();
    }

    static String edition(String id) {
        return """
                {"id": "%s", "name": {"en": "Load %s", "zh": "负载"}, "startDate": "2026-11-24", "endDate": "2026-11-28",
                 "chains": ["SMART_VEHICLES"], "publicDays": ["2026-11-28"]}""".formatted(id, id);
    }

    void phase(String phase) {
        this.phase = phase;
    }

    private void run() {
        String token = IdpTokens.organizer();
        for (int n = 0; running; n++) {
            String id = prefix + n;
            String sentIn = phase;
            writes.add(new Write(id, Http.post(target.apply(n) + "/api/v1/editions", token, edition(id)), sentIn));
            try {
                Thread.sleep(periodMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    List<Write> in(String phase) {
        return writes.stream().filter(w -> w.phase().equals(phase)).toList();
    }

    /** The editions whose creation was acknowledged (201). */
    List<String> acknowledged() {
        return writes.stream().filter(w -> w.answer().created()).map(Write::editionId).toList();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(15_000);
    }
}
