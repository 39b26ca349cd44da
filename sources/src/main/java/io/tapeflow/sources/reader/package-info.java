/** FLIP-27 reader plumbing shared by the tapeflow sources (fixes of Flink's connector-base behaviour live here). */
package io.tapeflow.sources.reader;
