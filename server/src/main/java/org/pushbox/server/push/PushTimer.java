package org.pushbox.server.push;

import io.netty.util.HashedWheelTimer;
import io.netty.util.Timer;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The one timer of the process that ends held requests at their deadline. A hashed wheel costs a
 * small object per pending timeout and one thread in all, and its 100 ms tick is far finer than
 * heartbeats counted in seconds. It is a daemon and never stopped: servers started and stopped in one
 * JVM (tests) share it instead of each leaking a thread.
 */
public final class PushTimer {

    private static final Timer SHARED = new HashedWheelTimer(daemon(), 100, TimeUnit.MILLISECONDS, 512);

    private PushTimer() {
    }

    public static Timer shared() {
        return SHARED;
    }

    private static ThreadFactory daemon() {
        return runnable -> {
            Thread t = new Thread(runnable, "pushbox-push-timer");
            t.setDaemon(true);
            return t;
        };
    }
}
