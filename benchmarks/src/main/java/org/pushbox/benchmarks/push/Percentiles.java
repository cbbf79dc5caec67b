package org.pushbox.benchmarks.push;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** p50/p90/p99/max of a list of measurements (nearest rank), printed with the count. */
public record Percentiles(int count, double p50, double p90, double p99, double max) {

    public static Percentiles of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no measurements");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return new Percentiles(sorted.size(), rank(sorted, 50), rank(sorted, 90), rank(sorted, 99),
                sorted.get(sorted.size() - 1));
    }

    private static double rank(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "n=%d p50=%.1f p90=%.1f p99=%.1f max=%.1f", count, p50, p90, p99, max);
    }
}
