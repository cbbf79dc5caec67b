package org.pushbox.protocol.model;

import java.math.BigDecimal;
import java.util.List;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;

/**
 * {@code airsyncbase:Location} (16.0+), the structured place that replaces the
 * {@code calendar:Location}/{@code email:Location} strings; coordinates are kept exactly as written.
 */
public final class Location extends ElementGroup<Location> {

    public static final Field<String> DISPLAY_NAME = Field.of(Tags.airSyncBase("DisplayName"), Scalars.TEXT);
    public static final Field<String> ANNOTATION = Field.of(Tags.airSyncBase("Annotation"), Scalars.TEXT);
    public static final Field<String> STREET = Field.of(Tags.airSyncBase("Street"), Scalars.TEXT);
    public static final Field<String> CITY = Field.of(Tags.airSyncBase("City"), Scalars.TEXT);
    public static final Field<String> STATE = Field.of(Tags.airSyncBase("State"), Scalars.TEXT);
    public static final Field<String> COUNTRY = Field.of(Tags.airSyncBase("Country"), Scalars.TEXT);
    public static final Field<String> POSTAL_CODE = Field.of(Tags.airSyncBase("PostalCode"), Scalars.TEXT);
    public static final Field<BigDecimal> LATITUDE = Field.of(Tags.airSyncBase("Latitude"), Scalars.DECIMAL);
    public static final Field<BigDecimal> LONGITUDE = Field.of(Tags.airSyncBase("Longitude"), Scalars.DECIMAL);
    public static final Field<BigDecimal> ACCURACY = Field.of(Tags.airSyncBase("Accuracy"), Scalars.DECIMAL);
    public static final Field<BigDecimal> ALTITUDE = Field.of(Tags.airSyncBase("Altitude"), Scalars.DECIMAL);
    public static final Field<BigDecimal> ALTITUDE_ACCURACY = Field.of(Tags.airSyncBase("AltitudeAccuracy"), Scalars.DECIMAL);
    public static final Field<String> LOCATION_URI = Field.of(Tags.airSyncBase("LocationUri"), Scalars.TEXT);

    static final Schema SCHEMA = Schema.anyOrder(DISPLAY_NAME, ANNOTATION, STREET, CITY, STATE, COUNTRY, POSTAL_CODE,
            LATITUDE, LONGITUDE, ACCURACY, ALTITUDE, ALTITUDE_ACCURACY, LOCATION_URI);
    static final ValueCodec<Location> CODEC = ElementGroup.codec(SCHEMA, Location::new);

    public static final Location EMPTY = new Location(List.of());

    Location(List<Entry> entries) {
        super(entries);
    }

    /** A location that is only a name, as the pre-16.0 string elements carry. */
    public static Location named(String displayName) {
        return EMPTY.with(DISPLAY_NAME, displayName);
    }

    /** The display name, or "" when there is none (what a pre-16.0 client gets as its Location string). */
    String displayNameOrEmpty() {
        String name = get(DISPLAY_NAME);
        return name == null ? "" : name;
    }


    @Override
    Schema schema() {
        return SCHEMA;
    }

    @Override
    Location create(List<Entry> entries) {
        return new Location(entries);
    }
}
