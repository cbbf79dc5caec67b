package org.pushbox.server.http;

import io.netty.channel.ChannelHandler;
import org.pushbox.protocol.wbxml.WbxmlLimits;
import org.pushbox.server.pim.vcard.ContactVCardMapper;
import org.pushbox.server.security.Authenticator;
import org.pushbox.server.transport.WorkerPool;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.DeviceStore;

/**
 * The HTTP side of pushbox, wired: the EAS endpoint, Autodiscover, and the handler each new connection
 * gets. Commands become available by registering processors in the {@link CommandRegistry} passed in.
 */
public final class HttpService {

    private final HttpRouter router;
    private final WorkerPool workers;

    /**
     * @param easUrl       the endpoint URL Autodiscover announces ({@code public-url} + endpoint path)
     * @param maxBodyBytes the request body limit, also the WBXML document limit
     */
    public HttpService(Authenticator authenticator, CommandRegistry registry, DeviceStore devices, WorkerPool workers,
            String easUrl, int maxBodyBytes) {
        this(authenticator, registry, devices, workers, easUrl, maxBodyBytes, null, "");
    }

    /**
     * @param store      the store the admin import/export endpoint works on
     * @param adminToken the bearer token of {@code /admin/...}; empty disables the endpoint (404)
     */
    public HttpService(Authenticator authenticator, CommandRegistry registry, DeviceStore devices, WorkerPool workers,
            String easUrl, int maxBodyBytes, MailboxStore store, String adminToken) {
        this(authenticator, registry, devices, workers, easUrl, maxBodyBytes, store, adminToken,
                ContactVCardMapper.DEFAULT_PICTURE_MAX_BYTES);
    }

    /** @param pictureMaxBytes {@code pim.contact-picture-max-bytes}, for the admin import */
    public HttpService(Authenticator authenticator, CommandRegistry registry, DeviceStore devices, WorkerPool workers,
            String easUrl, int maxBodyBytes, MailboxStore store, String adminToken, int pictureMaxBytes) {
        BodyDecoder decoder = new BodyDecoder(WbxmlLimits.DEFAULTS.withMaxDocumentBytes(maxBodyBytes));
        this.router = new HttpRouter(new EasEndpoint(authenticator, registry, devices, workers, decoder),
                new AutodiscoverEndpoint(authenticator, workers, easUrl),
                store == null ? null : new AdminEndpoint(store, workers, adminToken, pictureMaxBytes));
        this.workers = workers;
    }

    /** A new pipeline handler; one per connection, since it tracks the connection's state. */
    public ChannelHandler newHandler() {
        return new PushboxHttpHandler(router, workers);
    }
}
