package org.pushbox.conformance.replay;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * The kinds of difference between pushbox's and Exchange's answers that are understood and explained in
 * docs/compatibility.md (under the same names). A difference of no kind here fails the replay.
 */
enum KnownDifference {
    /**
     * Exchange sends an item without a body (a contact without notes) with an empty AirSyncBase Body
     * (Type, EstimatedDataSize 0); pushbox sends no Body. Devices read both as "no notes".
     */
    EMPTY_BODY_OMITTED(d -> d.command().equals("Sync") && d.kind() == Difference.Kind.ONLY_EXCHANGE
            && d.path().endsWith("/ApplicationData/Body")),
    /**
     * Exchange sends an unflagged mail with an empty Email Flag; pushbox sends no Flag. MS-ASEMAIL reads an
     * absent Flag in an Add (or a Fetch) as "not flagged", the same as an empty one.
     */
    EMPTY_FLAG_OMITTED(d -> d.command().equals("Sync") && d.kind() == Difference.Kind.ONLY_EXCHANGE
            && d.path().endsWith("/ApplicationData/Flag") && "".equals(d.exchange())),
    /**
     * The properties of an item (and of a calendar exception) in another order: the XSDs make ApplicationData
     * an unbounded choice and Exception an xs:all, so the order carries no meaning.
     */
    PROPERTY_ORDER(d -> d.kind() == Difference.Kind.ORDER && (d.path().endsWith("/ApplicationData")
            || d.path().endsWith("/Exceptions/Exception"))),
    /**
     * The test mailbox on Exchange was set up in French: its default folders have French names (Boîte de
     * réception), pushbox's English ones. The folder's Type, not its name, tells a device what it is.
     */
    LOCALIZED_FOLDER_NAME(d -> d.command().equals("FolderSync") && d.kind() == Difference.Kind.VALUE
            && d.path().equals("FolderSync/Changes/Add/DisplayName")),
    /**
     * Exchange 2010 creates folders pushbox does not have (Journal, Junk E-mail, RSS Feeds, Sync Issues and
     * its subfolders, Conversation Action Settings...): more Adds, a larger Count, another order.
     */
    EXCHANGE_ONLY_FOLDERS(d -> d.command().equals("FolderSync") && (d.path().equals("FolderSync/Changes/Count")
            && d.kind() == Difference.Kind.VALUE || d.path().equals("FolderSync/Changes/Add")
            && d.kind() == Difference.Kind.ONLY_EXCHANGE || d.path().equals("FolderSync/Changes")
            && d.kind() == Difference.Kind.ORDER)),
    /**
     * A 12.1 device sends MobileOperator (a 14.0 element) in its Settings DeviceInformation: Exchange refuses
     * the whole request (Status 2), pushbox records what it knows and answers Status 1 for the Set. Refusing
     * gains a device nothing; the information is only shown to the administrator.
     */
    LENIENT_DEVICE_INFORMATION(d -> d.command().equals("Settings") && (d.path().equals("Settings/Status")
            && d.kind() == Difference.Kind.VALUE && "2".equals(d.exchange()) && "1".equals(d.pushbox())
            || d.path().equals("Settings/DeviceInformation") && d.kind() == Difference.Kind.ONLY_PUSHBOX)),
    /**
     * A Sync that brings nothing, right after Sync 0 (the first reconcile ends) or with changed Options (a
     * device sends Sync 0 bare, then its FilterType and body preferences with key 1): Exchange answers an
     * empty 200, pushbox the collection with a new key, Status 1 and no commands, because it keeps the end
     * of the reconcile and the options with each key's state. Both are valid; the device continues with the
     * key it is given.
     */
    NEW_KEY_WITHOUT_COMMANDS(d -> d.command().equals("Sync") && d.kind() == Difference.Kind.BODY
            && "none".equals(d.exchange()) && Replay.NEW_KEYS_ONLY.equals(d.pushbox())),
    /**
     * Exchange's Add of a mail with attachments lists them (Attachments); the replay stores mail without
     * attachments (their content is not in the capture), so pushbox has none to list.
     */
    ATTACHMENTS_NOT_SEEDED(d -> d.command().equals("Sync") && d.kind() == Difference.Kind.ONLY_EXCHANGE
            && d.path().equals("Sync/Collections/Collection/Commands/Add/ApplicationData/Attachments")),
    /**
     * pushbox's Change of a mail carries its whole flag state (Read, Flag, Categories), an unflagged mail an
     * empty Flag ("not flagged"); Exchange sends only what changed (Read alone). Both leave the device's copy
     * in the server's state.
     */
    FLAG_STATE_IN_CHANGE(d -> d.command().equals("Sync") && d.kind() == Difference.Kind.ONLY_PUSHBOX
            && d.path().equals("Sync/Collections/Collection/Commands/Change/ApplicationData/Flag")
            && "".equals(d.pushbox())),
    /**
     * A page of Exchange's paged sync holds fewer commands than the device's WindowSize yet says
     * MoreAvailable, and the next page brings the rest; pushbox fills its page up to the window, so those
     * Adds come one page earlier. WindowSize is an upper bound and the device pages until MoreAvailable is
     * gone: it receives every item once either way. Matched only as such a pair of Adds ({@link PageFill}).
     */
    PAGE_FILLED(d -> d.command().equals("Sync") && d.finding() == Difference.Finding.ON_ANOTHER_PAGE
            && d.path().equals("Sync/Collections/Collection/Commands/Add")),
    /**
     * A mail written in plain text that a device asks for as HTML: Exchange wraps the text in its own HTML
     * (a Generator meta, a style sheet, font and div, marked "converted from text"), pushbox in a minimal
     * HTML page, so Data and EstimatedDataSize differ. Both show the same text. Matched only for a body
     * whose Exchange Data carries that mark ({@link ConvertedBodies}).
     */
    HTML_FROM_PLAIN_TEXT(d -> d.finding() == Difference.Finding.HTML_CONVERTED_FROM_TEXT),
    /**
     * A Ping that the device's newer Ping ended (Exchange answered it after the newer one was sent): Exchange
     * answers it with Status 3, pushbox with 1 (docs/push.md). The replay sends one request at a time, so
     * pushbox's Ping has ended with its (shortened) heartbeat before the newer one is sent, with Status 1 as
     * well. The device has moved on to its newer Ping and acts on neither.
     */
    PING_SUPERSEDED(d -> d.command().equals("Ping") && d.finding() == Difference.Finding.SUPERSEDED_PING
            && d.path().equals("Ping/Status") && d.kind() == Difference.Kind.VALUE && "3".equals(d.exchange())
            && "1".equals(d.pushbox())),
    /** The replay's account has its own address, not the lab's. */
    ACCOUNT_ADDRESS(d -> d.command().equals("Settings") && d.kind() == Difference.Kind.VALUE
            && d.path().equals("Settings/UserInformation/Get/EmailAddresses/SMTPAddress"));

    private final Predicate<Difference> matches;

    KnownDifference(Predicate<Difference> matches) {
        this.matches = matches;
    }

    static Optional<KnownDifference> explain(Difference d) {
        for (KnownDifference k : values()) {
            if (k.matches.test(d)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
