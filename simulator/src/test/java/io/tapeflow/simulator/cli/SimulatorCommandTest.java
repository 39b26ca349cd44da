package io.tapeflow.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code simulate} command line: flags parse, flat files are written and the command exits. */
class SimulatorCommandTest {

  @Test
  void flatFilesDirWritesTheDayAndExits(@TempDir Path dir) {
    // When
    int code = new CommandLine(new SimulatorCommand()).execute("--scenario", "basic", "--tickers", "2", "--seed", "3",
        "--end", "09:35", "--flatfiles-dir", dir.toString());
    // Then
    assertThat(code).isZero();
    assertThat(dir.resolve("us_stocks_sip/trades_v1/2024/03/2024-03-15.csv.gz")).isRegularFile();
    assertThat(dir.resolve("us_stocks_sip/day_aggs_v1/2024/03/2024-03-15.csv.gz")).isRegularFile();
  }

  @Test
  void anUnknownScenarioIsAUsageErrorNamingTheChoices() {
    CommandLine cli = new CommandLine(new SimulatorCommand());
    java.io.StringWriter err = new java.io.StringWriter();
    cli.setErr(new java.io.PrintWriter(err));
    int code = cli.execute("--scenario", "nope", "--flatfiles-dir", "/tmp/unused");
    assertThat(code).isNotZero();
    assertThat(err.toString()).contains("unknown scenario 'nope'");
  }

  @Test
  void everyFaultFlagParses() {
    SimulatorCommand cmd = new SimulatorCommand();
    new CommandLine(cmd).parseArgs("--port", "0", "--speed", "0", "--drop-every", "PT30S", "--max-connections", "1",
        "--malformed-rate", "0.01", "--slow-consumer-bytes", "1000", "--rest-error-rate", "0.1", "--api-key", "x",
        "--replay", "f.jsonl");
    assertThat(cmd.dropEvery).hasSeconds(30);
    assertThat(cmd.maxConnections).isEqualTo(1);
    assertThat(cmd.replay).isEqualTo(Path.of("f.jsonl"));
    assertThat(cmd.malformedRate).isEqualTo(0.01);
  }
}
