package org.pushbox.conformance.client;

/**
 * Sees every exchange an {@link EasTestClient} makes, e.g. to decode each WBXML response a second time
 * with an independent decoder and to collect the bodies for schema validation.
 */
@FunctionalInterface
public interface ResponseObserver {

    ResponseObserver NONE = (call, response) -> { };

    /** Called once per response, before the client returns it; throwing fails the request. */
    void observe(EasCall call, EasResponse response);
}
