/**
 * The engine's REST door: the part of Camunda 8.8's Orchestration Cluster REST API ({@code /v2}) the Camunda
 * client uses, on the JDK's HTTP server. {@link io.breachflow.engine.rest.RestServer} starts it; one small
 * {@code …Routes} class per endpoint family turns requests into the same engine commands the gRPC gateway
 * issues, or into reads of committed state; {@code Problem} carries 8.8's problem JSON for refusals.
 */
package io.breachflow.engine.rest;
