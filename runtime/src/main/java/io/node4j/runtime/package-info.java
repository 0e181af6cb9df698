/**
 * The engine bridge and the CLI: one shared polyglot Engine per process, one {@link
 * io.node4j.runtime.NodeInstance} (Context + bindings + program) per Node "process" or worker.
 */
package io.node4j.runtime;
