package io.tapeflow.jobs.runtime;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Metric;
import org.apache.flink.metrics.MetricConfig;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.reporter.MetricReporter;
import org.apache.flink.metrics.reporter.MetricReporterFactory;

/**
 * A metric reporter that keeps every metric of a local MiniCluster run in this JVM, so the launcher's status line
 * reads the job's real counters instead of keeping its own. Only for local runs; clusters use Prometheus.
 */
public class InProcessMetrics implements MetricReporter {
    /** The reporter name in the Flink configuration. */
    public static final String NAME = "tapeflow-status";

    private static final Map<String, Metric> METRICS = new ConcurrentHashMap<>();
    /** Final counts of counters whose task has finished (a BATCH source ends long before the job does). */
    private static final Map<String, Long> FINISHED_COUNTS = new ConcurrentHashMap<>();
    /** Last values of {@code *EpochMs} gauges whose task has finished (the flat-file source's first/last row times). */
    private static final Map<String, Long> FINISHED_GAUGES = new ConcurrentHashMap<>();

    /** Registers this reporter in a local run's configuration. */
    public static void enable(Configuration conf) {
        conf.setString("metrics.reporter." + NAME + ".factory.class", Factory.class.getName());
    }

    @Override
    public void open(MetricConfig config) {}

    @Override
    public void close() {}

    @Override
    public void notifyOfAddedMetric(Metric metric, String name, MetricGroup group) {
        METRICS.put(group.getMetricIdentifier(name), metric);
    }

    @Override
    public void notifyOfRemovedMetric(Metric metric, String name, MetricGroup group) {
        String id = group.getMetricIdentifier(name);
        if (METRICS.remove(id, metric) && metric instanceof Counter) {
            FINISHED_COUNTS.merge(id, ((Counter) metric).getCount(), Long::sum);
        } else if (name.endsWith("EpochMs") && metric instanceof Gauge && ((Gauge<?>) metric).getValue() instanceof Number n) {
            FINISHED_GAUGES.put(id, n.longValue());
        }
    }

    /** Sum of every counter whose identifier ends with {@code .suffix} (e.g. one per subtask). */
    public static long sumCounters(String suffix) {
        long sum = 0;
        for (Map.Entry<String, Metric> e : METRICS.entrySet()) {
            if (e.getKey().endsWith("." + suffix) && e.getValue() instanceof Counter) {
                sum += ((Counter) e.getValue()).getCount();
            }
        }
        return sum;
    }

    /**
     * Like {@link #sumCounters} but including the final counts of tasks that have finished in this JVM since it
     * started; callers subtract the value they read before their job started.
     */
    public static long sumCountersIncludingFinished(String suffix) {
        long sum = sumCounters(suffix);
        for (Map.Entry<String, Long> e : FINISHED_COUNTS.entrySet()) {
            if (e.getKey().endsWith("." + suffix)) {
                sum += e.getValue();
            }
        }
        return sum;
    }

    /**
     * Sum of the counters {@code metric} of every subtask of the operator named {@code operatorName}, finished
     * subtasks included (see {@link #sumCountersIncludingFinished}).
     */
    public static long sumOperatorCountersIncludingFinished(String operatorName, String metric) {
        long sum = 0;
        String op = "." + operatorName + ".";
        for (Map.Entry<String, Metric> e : METRICS.entrySet()) {
            String id = e.getKey();
            if (id.contains(op) && id.endsWith("." + metric) && e.getValue() instanceof Counter) {
                sum += ((Counter) e.getValue()).getCount();
            }
        }
        for (Map.Entry<String, Long> e : FINISHED_COUNTS.entrySet()) {
            if (e.getKey().contains(op) && e.getKey().endsWith("." + metric)) {
                sum += e.getValue();
            }
        }
        return sum;
    }

    /** Largest numeric gauge whose identifier ends with {@code .suffix}, or -1 when there is none. */
    public static long maxGauge(String suffix) {
        long max = -1;
        for (Map.Entry<String, Metric> e : METRICS.entrySet()) {
            if (e.getKey().endsWith("." + suffix) && e.getValue() instanceof Gauge) {
                Object v = ((Gauge<?>) e.getValue()).getValue();
                if (v instanceof Number) {
                    max = Math.max(max, ((Number) v).longValue());
                }
            }
        }
        return max;
    }

    /**
     * Values of every numeric gauge whose identifier ends with {@code .suffix}: live ones and the last value of those
     * whose task has finished (a later task with the same identifier replaces an earlier one's).
     */
    public static java.util.List<Long> gaugeValuesIncludingFinished(String suffix) {
        Map<String, Long> values = new java.util.HashMap<>();
        FINISHED_GAUGES.forEach((id, v) -> {
            if (id.endsWith("." + suffix)) values.put(id, v);
        });
        for (Map.Entry<String, Metric> e : METRICS.entrySet()) {
            if (e.getKey().endsWith("." + suffix) && e.getValue() instanceof Gauge
                    && ((Gauge<?>) e.getValue()).getValue() instanceof Number n) {
                values.put(e.getKey(), n.longValue());
            }
        }
        return java.util.List.copyOf(values.values());
    }

    /** Discovered through META-INF/services; named in the configuration by {@link #enable}. */
    public static class Factory implements MetricReporterFactory {
        @Override
        public MetricReporter createMetricReporter(Properties properties) {
            return new InProcessMetrics();
        }
    }
}
