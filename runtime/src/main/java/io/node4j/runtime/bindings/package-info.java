/**
 * Bindings: the Java objects lib/ reaches through {@code internalBinding(name)}, one class per area,
 * each listing its JS-visible members (marked {@code @HostAccess.Export}) together.
 */
package io.node4j.runtime.bindings;
