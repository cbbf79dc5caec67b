package org.pushbox.storage.api;

/** The account, folder, item, device or blob named by the caller does not exist (any more). */
public class NotFoundException extends StoreException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
