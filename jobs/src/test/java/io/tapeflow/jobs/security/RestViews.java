package io.tapeflow.jobs.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.JobID;

/**
 * Everything the Flink web UI shows about a job and its cluster, read from the REST API the UI itself calls: the job
 * (name, plan, operator names), its configuration, exceptions, accumulators and checkpoint settings, every vertex,
 * and the JobManager's and TaskManagers' configuration and environment.
 */
final class RestViews {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    RestViews(String webInterfaceUrl) {
        this.base = webInterfaceUrl.endsWith("/") ? webInterfaceUrl.substring(0, webInterfaceUrl.length() - 1)
                : webInterfaceUrl;
    }

    /** The bodies of every view of {@code job}, one after the other (path, then body). */
    String all(JobID job) throws Exception {
        List<String> paths = new ArrayList<>(List.of("/overview", "/config", "/jobs/overview", "/jobmanager/config",
                "/jobmanager/environment", "/taskmanagers"));
        String j = "/jobs/" + job;
        paths.addAll(List.of(j, j + "/config", j + "/plan", j + "/exceptions", j + "/accumulators",
                j + "/checkpoints", j + "/checkpoints/config"));
        for (JsonNode v : JSON.readTree(get(j)).path("vertices")) {
            String vertex = j + "/vertices/" + v.path("id").asText();
            paths.addAll(List.of(vertex, vertex + "/accumulators", vertex + "/subtasks/accumulators",
                    vertex + "/taskmanagers"));
        }
        for (JsonNode tm : JSON.readTree(get("/taskmanagers")).path("taskmanagers")) {
            paths.add("/taskmanagers/" + tm.path("id").asText());
        }
        StringBuilder out = new StringBuilder();
        for (String p : paths) out.append(p).append('\n').append(get(p)).append('\n');
        return out.toString();
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        return r.body();
    }
}
