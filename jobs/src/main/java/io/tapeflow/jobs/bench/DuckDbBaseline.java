package io.tapeflow.jobs.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The backfill baseline: DuckDB (npm {@code @duckdb/node-api}, installed on demand under {@code bench/duckdb})
 * converting the same trades and quotes {@code .csv.gz} files to Parquet; the wall time of the whole {@code node}
 * process, start to exit, like the tapeflow command it is compared with.
 */
final class DuckDbBaseline {
    /** Pinned: the version VERSIONS.md lists as tested here. */
    static final String PACKAGE = "@duckdb/node-api@1.5.6-r.1";
    private static final String SCRIPT = """
            const { DuckDBInstance } = require('@duckdb/node-api');
            (async () => {
              const [trades, quotes, out] = process.argv.slice(2);
              const db = await DuckDBInstance.create(':memory:');
              const c = await db.connect();
              const q = (s) => "'" + s.replaceAll("'", "''") + "'";
              await c.run(`COPY (SELECT * FROM read_csv(${q(trades)})) TO ${q(out + '/trades.parquet')} (FORMAT parquet)`);
              await c.run(`COPY (SELECT * FROM read_csv(${q(quotes)})) TO ${q(out + '/quotes.parquet')} (FORMAT parquet)`);
            })().catch((e) => { console.error(e.message); process.exit(1); });
            """;

    private DuckDbBaseline() {}

    /** Seconds, or NaN with {@code why} explaining (no node/npm, install failed, conversion failed). */
    record Result(double seconds, String why) {
        static Result unavailable(String why) {
            return new Result(Double.NaN, why);
        }

        boolean available() {
            return !Double.isNaN(seconds);
        }
    }

    static Result convert(Path benchDir, Path trades, Path quotes, boolean install) throws IOException,
            InterruptedException {
        Path home = Files.createDirectories(benchDir.resolve("duckdb")).toAbsolutePath();
        if (!Files.isRegularFile(home.resolve("node_modules/@duckdb/node-api/package.json"))) {
            if (!install) return Result.unavailable(PACKAGE + " is not installed under " + home);
            Process npm;
            try {
                npm = new ProcessBuilder("npm", "install", "--prefix", home.toString(), "--no-audit", "--no-fund",
                        PACKAGE).redirectErrorStream(true).redirectOutput(home.resolve("npm-install.log").toFile())
                        .start();
            } catch (IOException e) {
                return Result.unavailable("npm not found (" + e.getMessage() + ")");
            }
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                npm.destroyForcibly();
                return Result.unavailable("npm install " + PACKAGE + " failed, see " + home.resolve("npm-install.log"));
            }
        }
        Path script = home.resolve("convert.js");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
        Path out = Files.createDirectories(home.resolve("out"));
        Files.deleteIfExists(out.resolve("trades.parquet"));
        Files.deleteIfExists(out.resolve("quotes.parquet"));
        Path log = home.resolve("convert.log");
        List<String> cmd = List.of("node", script.toString(), trades.toAbsolutePath().toString(),
                quotes.toAbsolutePath().toString(), out.toAbsolutePath().toString());
        long start = System.nanoTime();
        Process node;
        try {
            node = new ProcessBuilder(cmd).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            return Result.unavailable("node not found (" + e.getMessage() + ")");
        }
        if (!node.waitFor(30, TimeUnit.MINUTES)) {
            node.destroyForcibly();
            return Result.unavailable("DuckDB conversion did not finish in 30 minutes");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (node.exitValue() != 0 || !Files.isRegularFile(out.resolve("quotes.parquet"))) {
            return Result.unavailable("DuckDB conversion failed (exit " + node.exitValue() + "), see " + log);
        }
        return new Result(seconds, "");
    }
}
