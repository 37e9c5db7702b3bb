/**
 * The embedded engine: a small, durable, Zeebe-compatible workflow engine behind the Zeebe gateway
 * gRPC API. Breachflow's processes run on Camunda 8 in production, whose engine is not open
 * source; this module lets the same application, unchanged, run everything on one machine. No other
 * module imports it — the application reaches it only through the Camunda client, so swapping in a
 * real cluster is configuration only. Its only public surface is {@link io.breachflow.engine.EmbeddedEngine}.
 */
package io.breachflow.engine;
