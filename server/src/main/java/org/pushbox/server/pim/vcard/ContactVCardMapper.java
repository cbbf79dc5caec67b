package org.pushbox.server.pim.vcard;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.TelephoneType;
import ezvcard.parameter.VCardParameter;
import ezvcard.property.Address;
import ezvcard.property.Anniversary;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.DateOrTimeProperty;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Impp;
import ezvcard.property.Nickname;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.property.Photo;
import ezvcard.property.ProductId;
import ezvcard.property.RawProperty;
import ezvcard.property.Revision;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.property.Uid;
import ezvcard.property.Url;
import ezvcard.property.VCardProperty;
import ezvcard.util.PartialDate;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.model.Body;
import org.pushbox.protocol.model.Contact;
import org.pushbox.protocol.model.Field;

/**
 * vCard (2.1, 3.0, 4.0) to {@link Contact} and back (docs/contacts.md has the table). A property that
 * fills an EAS field is mapped; every other one, and one whose EAS field is already taken (a fourth
 * e-mail address, a third work phone), is kept as it is in the contact's extra vCard text and written
 * again on export, so nothing of an imported vCard is dropped.
 */
public final class ContactVCardMapper {

    /** Birthdays without a year are stored with this year, which Apple Contacts also uses for them. */
    static final int NO_YEAR = 1604;
    /** Dates are stored at noon UTC, the instant that is the same date in every zone from UTC-11 to UTC+11. */
    private static final LocalTime DATE_TIME_OF_DAY = LocalTime.NOON;
    private static final String PRODID = "-//pushbox//vCard export//EN";
    /** Kept in the extra vCard: {@code item1.X-PUSHBOX-GROUP:Email2Address} = the group of a mapped field. */
    static final String GROUP_MARK = "X-PUSHBOX-GROUP";
    /**
     * Kept in the extra vCard when its PHOTOs were a second photo beside the one mapped to the Picture;
     * without it a kept PHOTO (by URL, too large) stood in for the Picture and gives way to one set later.
     */
    static final String PHOTOS_BESIDE_PICTURE = "X-PUSHBOX-PHOTOS-BESIDE-PICTURE";

    private static final Map<String, Field<String>> RAW_TEXT = Map.ofEntries(
            Map.entry("X-ASSISTANT", Contact.ASSISTANT_NAME), Map.entry("X-MS-ASSISTANT", Contact.ASSISTANT_NAME),
            Map.entry("X-EVOLUTION-ASSISTANT", Contact.ASSISTANT_NAME),
            Map.entry("X-MANAGER", Contact.MANAGER_NAME), Map.entry("X-MS-MANAGER", Contact.MANAGER_NAME),
            Map.entry("X-EVOLUTION-MANAGER", Contact.MANAGER_NAME),
            Map.entry("X-SPOUSE", Contact.SPOUSE), Map.entry("X-MS-SPOUSE", Contact.SPOUSE),
            Map.entry("X-EVOLUTION-SPOUSE", Contact.SPOUSE),
            Map.entry("X-PHONETIC-FIRST-NAME", Contact.YOMI_FIRST_NAME),
            Map.entry("X-PHONETIC-LAST-NAME", Contact.YOMI_LAST_NAME),
            Map.entry("X-PHONETIC-ORG", Contact.YOMI_COMPANY_NAME),
            Map.entry("X-MS-OFFICE-LOCATION", Contact.OFFICE_LOCATION),
            Map.entry("X-ACCOUNT-NAME", Contact.ACCOUNT_NAME),
            Map.entry("X-CUSTOMER-ID", Contact.CUSTOMER_ID),
            Map.entry("X-GOVERNMENT-ID", Contact.GOVERNMENT_ID));
    private static final Set<String> RAW_ANNIVERSARY = Set.of("X-ANNIVERSARY", "X-MS-ANNIVERSARY",
            "X-EVOLUTION-ANNIVERSARY");
    private static final Set<String> RAW_CHILD = Set.of("X-MS-CHILD", "X-CHILD");
    private static final List<Field<String>> EMAILS = List.of(Contact.EMAIL1_ADDRESS, Contact.EMAIL2_ADDRESS,
            Contact.EMAIL3_ADDRESS);
    private static final List<Field<String>> IMS = List.of(Contact.IM_ADDRESS, Contact.IM_ADDRESS2,
            Contact.IM_ADDRESS3);

    private ContactVCardMapper() {
    }

    // ---------------------------------------------------------------- import

    /** The default of {@code pim.contact-picture-max-bytes}: 5 MB. */
    public static final int DEFAULT_PICTURE_MAX_BYTES = 5 << 20;

    /** The contact a vCard describes, with pictures up to the default size. */
    public static ContactVCard fromVCard(VCard card) {
        return fromVCard(card, DEFAULT_PICTURE_MAX_BYTES);
    }

    /**
     * The contact a vCard describes. Its first embedded PHOTO of at most {@code pictureMaxBytes} becomes
     * the Picture (a device could not have sent a larger one); a larger one is kept unmapped, with a warning.
     */
    public static ContactVCard fromVCard(VCard card, int pictureMaxBytes) {
        Import in = new Import(pictureMaxBytes);
        for (VCardProperty p : card.getProperties()) {
            Contact before = in.contact;
            if (!in.map(p)) {
                in.extra.addProperty(p);
            } else if (p.getGroup() != null) {
                // Remember the group of a mapped property (Google's item1.EMAIL + item1.X-ABLabel), by field.
                List<String> fields = new ArrayList<>();
                for (Field<?> f : in.contact.fields()) {
                    if (!java.util.Objects.equals(before.get(f), in.contact.get(f))) {
                        fields.add(f.tag().name());
                    }
                }
                if (!fields.isEmpty()) {
                    RawProperty group = in.extra.addExtendedProperty(GROUP_MARK, String.join(",", fields));
                    group.setGroup(p.getGroup());
                }
            }
        }
        if (in.contact.has(Contact.PICTURE) && !in.extra.getPhotos().isEmpty()) {
            in.extra.addExtendedProperty(PHOTOS_BESIDE_PICTURE, "TRUE"); // see toVCard
        }
        String extra = in.extra.getProperties().isEmpty() ? null : writeExtra(in.extra);
        return new ContactVCard(in.contact, in.uid, extra, in.warning);
    }

    /** Collects one vCard's fields; {@code map} says whether a property found its EAS field. */
    private static final class Import {
        Contact contact = Contact.EMPTY;
        String uid;
        final VCard extra = new VCard(VCardVersion.V4_0);
        final List<String> categories = new ArrayList<>();
        final List<String> children = new ArrayList<>();
        final int pictureMaxBytes;
        String warning;

        Import(int pictureMaxBytes) {
            this.pictureMaxBytes = pictureMaxBytes;
        }

        boolean map(VCardProperty p) {
            if (p instanceof ProductId || p instanceof Revision) {
                return true; // written afresh on export
            }
            if (p instanceof Uid u) {
                return uid == null && (uid = u.getValue()) != null;
            }
            if (p instanceof StructuredName n) {
                return setAll(Map.of(Contact.LAST_NAME, orEmpty(n.getFamily()), Contact.FIRST_NAME, orEmpty(n.getGiven()),
                        Contact.MIDDLE_NAME, String.join(" ", n.getAdditionalNames()),
                        Contact.TITLE, String.join(" ", n.getPrefixes()),
                        Contact.SUFFIX, String.join(" ", n.getSuffixes())));
            }
            if (p instanceof FormattedName fn) {
                return setText(Contact.FILE_AS, fn.getValue());
            }
            if (p instanceof Nickname nick) {
                return setText(Contact.NICK_NAME, String.join(", ", nick.getValues()));
            }
            if (p instanceof Organization org) {
                List<String> values = org.getValues();
                return setAll(Map.of(Contact.COMPANY_NAME, values.isEmpty() ? "" : values.get(0),
                        Contact.DEPARTMENT, values.size() < 2 ? "" : String.join(", ", values.subList(1, values.size()))));
            }
            if (p instanceof Title t) {
                return setText(Contact.JOB_TITLE, t.getValue());
            }
            if (p instanceof Email e) {
                return setFirstFree(EMAILS, e.getValue());
            }
            if (p instanceof Impp im) {
                return im.getUri() != null && setFirstFree(IMS, im.getUri().toString());
            }
            if (p instanceof Telephone tel) {
                String number = tel.getText() != null ? tel.getText() : tel.getUri() != null ? tel.getUri().getNumber() : null;
                return number != null && setFirstFree(PhoneSlots.of(types(tel.getTypes())), number);
            }
            if (p instanceof Address adr) {
                return setAddress(adr);
            }
            if (p instanceof Url url) {
                return setText(Contact.WEB_PAGE, url.getValue());
            }
            if (p instanceof Birthday b) {
                return setDate(Contact.BIRTHDAY, b);
            }
            if (p instanceof Anniversary a) {
                return setDate(Contact.ANNIVERSARY, a);
            }
            if (p instanceof Note note) {
                if (contact.has(Contact.BODY) || note.getValue() == null) {
                    return false;
                }
                contact = contact.with(Contact.BODY, Body.of(Body.PLAIN_TEXT, note.getValue()));
                return true;
            }
            if (p instanceof Photo photo) {
                return setPicture(photo);
            }
            if (p instanceof Categories c) {
                categories.addAll(c.getValues());
                contact = contact.with(Contact.CATEGORIES, List.copyOf(categories));
                return true;
            }
            if (p instanceof RawProperty raw) {
                String name = raw.getPropertyName().toUpperCase(Locale.ROOT);
                Field<String> field = RAW_TEXT.get(name);
                if (field != null) {
                    return setText(field, raw.getValue());
                }
                if (RAW_ANNIVERSARY.contains(name)) {
                    LocalDate date = parseDate(raw.getValue());
                    return date != null && !contact.has(Contact.ANNIVERSARY)
                            && set(Contact.ANNIVERSARY, atStoredTime(date));
                }
                if (RAW_CHILD.contains(name) && raw.getValue() != null) {
                    children.add(raw.getValue());
                    contact = contact.with(Contact.CHILDREN, List.copyOf(children));
                    return true;
                }
                if (name.equals("X-MS-IMADDRESS")) {
                    return setFirstFree(IMS, raw.getValue());
                }
            }
            return false;
        }

        private boolean setAddress(Address adr) {
            Set<String> types = types(adr.getTypes());
            AddressFields fields = types.contains("work") ? AddressFields.BUSINESS
                    : types.contains("home") ? AddressFields.HOME : AddressFields.OTHER;
            if (contact.has(fields.street) || contact.has(fields.city) || contact.has(fields.country)) {
                return false;
            }
            List<String> street = new ArrayList<>();
            for (String part : List.of(orEmpty(adr.getPoBox()), orEmpty(adr.getExtendedAddressFull()),
                    orEmpty(adr.getStreetAddressFull()))) {
                if (!part.isEmpty()) {
                    street.add(part);
                }
            }
            return setAll(Map.of(fields.street, String.join("\n", street), fields.city, orEmpty(adr.getLocality()),
                    fields.state, orEmpty(adr.getRegion()), fields.postalCode, orEmpty(adr.getPostalCode()),
                    fields.country, orEmpty(adr.getCountry())));
        }

        /** A PHOTO by URL, a second one, or one over the limit is kept as it is. */
        private boolean setPicture(Photo photo) {
            byte[] data = ContactPhoto.embedded(photo);
            if (data == null || contact.has(Contact.PICTURE)) {
                return false;
            }
            if (data.length > pictureMaxBytes) {
                warning = "PHOTO of " + data.length + " bytes is over pim.contact-picture-max-bytes (" + pictureMaxBytes
                        + "): kept for export, not synced to devices";
                return false;
            }
            return set(Contact.PICTURE, Bytes.of(data));
        }

        private boolean setDate(Field<Instant> field, DateOrTimeProperty p) {
            if (contact.has(field)) {
                return false;
            }
            LocalDate date = dateOf(p);
            return date != null && set(field, atStoredTime(date));
        }

        /** Sets the non-empty values, all or nothing: false when one of the fields is already set. */
        private boolean setAll(Map<Field<String>, String> values) {
            for (Map.Entry<Field<String>, String> e : values.entrySet()) {
                if (!e.getValue().isEmpty() && contact.has(e.getKey())) {
                    return false;
                }
            }
            values.forEach((field, value) -> {
                if (!value.isEmpty()) {
                    contact = contact.with(field, value);
                }
            });
            return true;
        }

        private boolean setText(Field<String> field, String value) {
            return value != null && !value.isEmpty() && !contact.has(field) && set(field, value);
        }

        private boolean setFirstFree(List<Field<String>> fields, String value) {
            if (value == null || value.isEmpty()) {
                return false;
            }
            for (Field<String> field : fields) {
                if (!contact.has(field)) {
                    return set(field, value);
                }
            }
            return false;
        }

        private <T> boolean set(Field<T> field, T value) {
            contact = contact.with(field, value);
            return true;
        }
    }

    /** The date of a BDAY or ANNIVERSARY: a full date, a date-time's date, or a month and day (year 1604). */
    static LocalDate dateOf(DateOrTimeProperty p) {
        Temporal t = p.getDate();
        if (t != null) {
            if (t.isSupported(ChronoField.EPOCH_DAY)) {
                return LocalDate.ofEpochDay(t.getLong(ChronoField.EPOCH_DAY));
            }
            if (t instanceof Instant i) {
                return i.atOffset(ZoneOffset.UTC).toLocalDate();
            }
        }
        PartialDate partial = p.getPartialDate();
        if (partial != null && partial.getMonth() != null && partial.getDate() != null) {
            int year = partial.getYear() != null ? partial.getYear() : NO_YEAR;
            return LocalDate.of(year, partial.getMonth(), partial.getDate());
        }
        return p.getText() != null ? parseDate(p.getText()) : null;
    }

    static LocalDate parseDate(String text) {
        if (text == null) {
            return null;
        }
        String s = text.trim();
        try {
            if (s.matches("\\d{8}.*")) {
                return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                        Integer.parseInt(s.substring(6, 8)));
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return LocalDate.parse(s.substring(0, 10));
            }
            if (s.matches("--\\d{4}")) {
                return LocalDate.of(NO_YEAR, Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4, 6)));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    static Instant atStoredTime(LocalDate date) {
        return date.atTime(DATE_TIME_OF_DAY).toInstant(ZoneOffset.UTC);
    }

    /**
     * The date a stored birthday or anniversary means. Devices send local midnight as UTC (the day before
     * for zones east of UTC) or noon UTC; eleven hours later is the intended date for zones UTC-12 to
     * UTC+11 (docs/contacts.md, known loss for UTC+12 and beyond).
     */
    static LocalDate storedDate(Instant instant) {
        return instant.plusSeconds(11 * 3600).atOffset(ZoneOffset.UTC).toLocalDate();
    }

    static Set<String> types(List<? extends VCardParameter> types) {
        return types.stream().map(t -> t.getValue().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    // ---------------------------------------------------------------- export

    /** The vCard of a stored contact in {@code version}; {@code extra} is the kept vCard text or null. */
    public static VCard toVCard(Contact c, String uid, String extra, VCardVersion version) {
        VCard card = new VCard(version);
        StructuredName n = new StructuredName();
        n.setFamily(c.get(Contact.LAST_NAME));
        n.setGiven(c.get(Contact.FIRST_NAME));
        addIfSet(n.getAdditionalNames(), c.get(Contact.MIDDLE_NAME));
        addIfSet(n.getPrefixes(), c.get(Contact.TITLE));
        addIfSet(n.getSuffixes(), c.get(Contact.SUFFIX));
        card.setStructuredName(n);
        card.setFormattedName(formattedName(c));
        if (uid != null) {
            card.setUid(new Uid(uid));
        }
        text(c, Contact.NICK_NAME, v -> card.setNickname(v.split(", ")));
        if (c.get(Contact.COMPANY_NAME) != null || c.get(Contact.DEPARTMENT) != null) {
            Organization org = new Organization();
            org.getValues().add(orEmpty(c.get(Contact.COMPANY_NAME)));
            addIfSet(org.getValues(), c.get(Contact.DEPARTMENT));
            card.setOrganization(org);
        }
        text(c, Contact.JOB_TITLE, card::addTitle);
        for (Field<String> f : EMAILS) {
            text(c, f, v -> card.addEmail(new Email(v)));
        }
        for (PhoneSlots.Slot slot : PhoneSlots.ALL) {
            text(c, slot.field(), v -> {
                Telephone tel = new Telephone(v);
                slot.types().forEach(t -> tel.getTypes().add(TelephoneType.get(t)));
                card.addTelephoneNumber(tel);
            });
        }
        for (AddressFields fields : AddressFields.values()) {
            Address adr = fields.toAddress(c);
            if (adr != null) {
                card.addAddress(adr);
            }
        }
        text(c, Contact.WEB_PAGE, card::addUrl);
        date(c, Contact.BIRTHDAY, version, Birthday::new, Birthday::new, card::setBirthday);
        Instant anniversary = c.get(Contact.ANNIVERSARY);
        if (anniversary != null && version == VCardVersion.V4_0) {
            date(c, Contact.ANNIVERSARY, version, Anniversary::new, Anniversary::new, card::setAnniversary);
        } else if (anniversary != null) {
            card.addExtendedProperty("X-ANNIVERSARY", storedDate(anniversary).toString());
        }
        for (Field<String> f : IMS) {
            text(c, f, v -> card.addImpp(new Impp(v)));
        }
        for (Map.Entry<String, Field<String>> e : RAW_TEXT.entrySet()) {
            if (e.getKey().equals(PRIMARY_RAW.get(e.getValue()))) {
                text(c, e.getValue(), v -> card.addExtendedProperty(e.getKey(), v));
            }
        }
        List<String> children = c.get(Contact.CHILDREN);
        if (children != null) {
            children.forEach(child -> card.addExtendedProperty("X-MS-CHILD", child));
        }
        List<String> categories = c.get(Contact.CATEGORIES);
        if (categories != null && !categories.isEmpty()) {
            Categories cat = new Categories();
            cat.getValues().addAll(categories);
            card.setCategories(cat);
        }
        Body body = c.get(Contact.BODY);
        if (body != null && body.get(Body.DATA) != null && !body.get(Body.DATA).isEmpty()) {
            card.addNote(body.get(Body.DATA));
        }
        Bytes picture = c.get(Contact.PICTURE);
        boolean hasPicture = picture != null && picture.length() > 0;
        if (hasPicture) {
            card.addPhoto(ContactPhoto.of(picture));
        }
        if (extra != null) {
            VCard kept = Ezvcard.parse(extra).first();
            if (kept != null) {
                boolean keepPhotos = !hasPicture || kept.getExtendedProperty(PHOTOS_BESIDE_PICTURE) != null;
                Map<String, String> groups = new java.util.HashMap<>();
                for (VCardProperty p : kept.getProperties()) {
                    if (raw(p, GROUP_MARK)) {
                        RawProperty raw = (RawProperty) p;
                        for (String field : raw.getValue().split(",")) {
                            groups.put(field, raw.getGroup());
                        }
                    } else if (!raw(p, PHOTOS_BESIDE_PICTURE) && (keepPhotos || !(p instanceof Photo))) {
                        // A kept PHOTO that stood in for the Picture gives way to the one a device has set since.
                        card.addProperty(p);
                    }
                }
                applyGroups(card, c, groups);
            }
        }
        return card;
    }

    private static boolean raw(VCardProperty p, String name) {
        return p instanceof RawProperty raw && raw.getPropertyName().equalsIgnoreCase(name);
    }

    /** Gives each exported property of a mapped field the group it had when imported. */
    private static void applyGroups(VCard card, Contact c, Map<String, String> groups) {
        if (groups.isEmpty()) {
            return;
        }
        java.util.function.BiConsumer<VCardProperty, Field<?>> group = (p, f) -> {
            String g = groups.get(f.tag().name());
            if (g != null && p.getGroup() == null) {
                p.setGroup(g);
            }
        };
        List<Email> emails = card.getEmails();
        List<Field<String>> emailFields = EMAILS.stream().filter(f -> c.get(f) != null && !c.get(f).isEmpty()).toList();
        for (int i = 0; i < emails.size() && i < emailFields.size(); i++) {
            group.accept(emails.get(i), emailFields.get(i));
        }
        List<Telephone> tels = card.getTelephoneNumbers();
        List<PhoneSlots.Slot> slots = PhoneSlots.ALL.stream()
                .filter(s -> c.get(s.field()) != null && !c.get(s.field()).isEmpty()).toList();
        for (int i = 0; i < tels.size() && i < slots.size(); i++) {
            group.accept(tels.get(i), slots.get(i).field());
        }
        List<Address> adrs = card.getAddresses();
        int a = 0;
        for (AddressFields fields : AddressFields.values()) {
            if (fields.toAddress(c) != null && a < adrs.size()) {
                Address adr = adrs.get(a++);
                for (Field<String> f : List.of(fields.street, fields.city, fields.state, fields.postalCode,
                        fields.country)) {
                    group.accept(adr, f);
                }
            }
        }
        if (!card.getUrls().isEmpty()) {
            group.accept(card.getUrls().get(0), Contact.WEB_PAGE);
        }
        if (card.getBirthday() != null) {
            group.accept(card.getBirthday(), Contact.BIRTHDAY);
        }
        if (card.getOrganization() != null) {
            group.accept(card.getOrganization(), Contact.COMPANY_NAME);
        }
        if (!card.getTitles().isEmpty()) {
            group.accept(card.getTitles().get(0), Contact.JOB_TITLE);
        }
    }

    /** The raw property each raw-mapped field is written as (one of its accepted spellings). */
    private static final Map<Field<String>, String> PRIMARY_RAW = Map.ofEntries(
            Map.entry(Contact.ASSISTANT_NAME, "X-ASSISTANT"), Map.entry(Contact.MANAGER_NAME, "X-MANAGER"),
            Map.entry(Contact.SPOUSE, "X-SPOUSE"), Map.entry(Contact.YOMI_FIRST_NAME, "X-PHONETIC-FIRST-NAME"),
            Map.entry(Contact.YOMI_LAST_NAME, "X-PHONETIC-LAST-NAME"),
            Map.entry(Contact.YOMI_COMPANY_NAME, "X-PHONETIC-ORG"),
            Map.entry(Contact.OFFICE_LOCATION, "X-MS-OFFICE-LOCATION"), Map.entry(Contact.ACCOUNT_NAME, "X-ACCOUNT-NAME"),
            Map.entry(Contact.CUSTOMER_ID, "X-CUSTOMER-ID"), Map.entry(Contact.GOVERNMENT_ID, "X-GOVERNMENT-ID"));

    /** Writes one vCard, without ez-vcard's own PRODID (ours is stable across library versions). */
    public static void write(VCard card, VCardWriter writer) throws IOException {
        card.setProductId(PRODID);
        writer.setAddProdId(false);
        writer.setVersionStrict(false); // 4.0-only properties kept from an import are written in 3.0 too
        writer.write(card);
    }

    private static String writeExtra(VCard extra) {
        StringWriter out = new StringWriter();
        try (VCardWriter writer = new VCardWriter(out, VCardVersion.V4_0)) {
            writer.setAddProdId(false);
            writer.setVersionStrict(false);
            writer.write(extra);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string failed", e);
        }
        return out.toString();
    }

    private static FormattedName formattedName(Contact c) {
        String fileAs = c.get(Contact.FILE_AS);
        if (fileAs != null && !fileAs.isBlank()) {
            return new FormattedName(fileAs);
        }
        List<String> parts = new ArrayList<>();
        for (Field<String> f : List.of(Contact.FIRST_NAME, Contact.MIDDLE_NAME, Contact.LAST_NAME)) {
            addIfSet(parts, c.get(f));
        }
        if (parts.isEmpty()) {
            addIfSet(parts, c.get(Contact.COMPANY_NAME));
        }
        if (parts.isEmpty()) {
            addIfSet(parts, c.get(Contact.EMAIL1_ADDRESS));
        }
        return new FormattedName(String.join(" ", parts));
    }

    private static <P extends DateOrTimeProperty> void date(Contact c, Field<Instant> field, VCardVersion version,
            java.util.function.Function<LocalDate, P> full, java.util.function.Function<PartialDate, P> partial,
            java.util.function.Consumer<P> add) {
        Instant instant = c.get(field);
        if (instant == null) {
            return;
        }
        LocalDate date = storedDate(instant);
        if (date.getYear() != NO_YEAR) {
            add.accept(full.apply(date));
        } else if (version == VCardVersion.V4_0) {
            add.accept(partial.apply(PartialDate.builder().month(date.getMonthValue()).date(date.getDayOfMonth())
                    .build()));
        } else {
            P p = full.apply(date); // Apple's form of a date without a year
            p.setParameter("X-APPLE-OMIT-YEAR", Integer.toString(NO_YEAR));
            add.accept(p);
        }
    }

    private static void text(Contact c, Field<String> field, java.util.function.Consumer<String> add) {
        String value = c.get(field);
        if (value != null && !value.isEmpty()) {
            add.accept(value);
        }
    }

    private static void addIfSet(List<String> list, String value) {
        if (value != null && !value.isEmpty()) {
            list.add(value);
        }
    }

    /** The three postal addresses of a contact. */
    enum AddressFields {
        BUSINESS("work", Contact.BUSINESS_ADDRESS_STREET, Contact.BUSINESS_ADDRESS_CITY, Contact.BUSINESS_ADDRESS_STATE,
                Contact.BUSINESS_ADDRESS_POSTAL_CODE, Contact.BUSINESS_ADDRESS_COUNTRY),
        HOME("home", Contact.HOME_ADDRESS_STREET, Contact.HOME_ADDRESS_CITY, Contact.HOME_ADDRESS_STATE,
                Contact.HOME_ADDRESS_POSTAL_CODE, Contact.HOME_ADDRESS_COUNTRY),
        OTHER(null, Contact.OTHER_ADDRESS_STREET, Contact.OTHER_ADDRESS_CITY, Contact.OTHER_ADDRESS_STATE,
                Contact.OTHER_ADDRESS_POSTAL_CODE, Contact.OTHER_ADDRESS_COUNTRY);

        final String type;
        final Field<String> street;
        final Field<String> city;
        final Field<String> state;
        final Field<String> postalCode;
        final Field<String> country;

        AddressFields(String type, Field<String> street, Field<String> city, Field<String> state,
                Field<String> postalCode, Field<String> country) {
            this.type = type;
            this.street = street;
            this.city = city;
            this.state = state;
            this.postalCode = postalCode;
            this.country = country;
        }

        Address toAddress(Contact c) {
            if (List.of(street, city, state, postalCode, country).stream().noneMatch(c::has)) {
                return null;
            }
            Address adr = new Address();
            adr.setStreetAddress(c.get(street));
            adr.setLocality(c.get(city));
            adr.setRegion(c.get(state));
            adr.setPostalCode(c.get(postalCode));
            adr.setCountry(c.get(country));
            if (type != null) {
                adr.getTypes().add(AddressType.get(type));
            }
            return adr;
        }
    }

    /** Which contact fields a TEL with these TYPE values may fill, in order of preference. */
    static final class PhoneSlots {

        record Slot(Field<String> field, List<String> types) {
        }

        /** Export order and the TYPE values each field is written with. */
        static final List<Slot> ALL = List.of(
                new Slot(Contact.MOBILE_PHONE_NUMBER, List.of("cell")),
                new Slot(Contact.HOME_PHONE_NUMBER, List.of("home")),
                new Slot(Contact.HOME2_PHONE_NUMBER, List.of("home")),
                new Slot(Contact.BUSINESS_PHONE_NUMBER, List.of("work")),
                new Slot(Contact.BUSINESS2_PHONE_NUMBER, List.of("work")),
                new Slot(Contact.HOME_FAX_NUMBER, List.of("home", "fax")),
                new Slot(Contact.BUSINESS_FAX_NUMBER, List.of("work", "fax")),
                new Slot(Contact.PAGER_NUMBER, List.of("pager")),
                new Slot(Contact.CAR_PHONE_NUMBER, List.of("car")),
                new Slot(Contact.ASSISTANT_PHONE_NUMBER, List.of("x-assistant")),
                new Slot(Contact.COMPANY_MAIN_PHONE, List.of("x-company")),
                new Slot(Contact.RADIO_PHONE_NUMBER, List.of("x-radio")),
                new Slot(Contact.MMS, List.of("x-mms")));

        static List<Field<String>> of(Set<String> types) {
            if (types.contains("x-assistant") || types.contains("assistant")) {
                return List.of(Contact.ASSISTANT_PHONE_NUMBER);
            }
            if (types.contains("x-company") || types.contains("main") || types.contains("company")) {
                return List.of(Contact.COMPANY_MAIN_PHONE);
            }
            if (types.contains("fax")) {
                return types.contains("home") ? List.of(Contact.HOME_FAX_NUMBER) : List.of(Contact.BUSINESS_FAX_NUMBER);
            }
            if (types.contains("pager")) {
                return List.of(Contact.PAGER_NUMBER);
            }
            if (types.contains("car")) {
                return List.of(Contact.CAR_PHONE_NUMBER);
            }
            if (types.contains("x-radio") || types.contains("radio")) {
                return List.of(Contact.RADIO_PHONE_NUMBER);
            }
            if (types.contains("x-mms") || types.contains("mms")) {
                return List.of(Contact.MMS);
            }
            if (types.contains("cell") || types.contains("mobile") || types.contains("iphone")) {
                return List.of(Contact.MOBILE_PHONE_NUMBER);
            }
            if (types.contains("work")) {
                return List.of(Contact.BUSINESS_PHONE_NUMBER, Contact.BUSINESS2_PHONE_NUMBER);
            }
            // home, voice, or no type at all
            return List.of(Contact.HOME_PHONE_NUMBER, Contact.HOME2_PHONE_NUMBER);
        }
    }
}
