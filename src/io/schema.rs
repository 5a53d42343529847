//! The flat fields of an incident, spelled once.
//!
//! Every format sahel writes carries an incident as flat, typed fields:
//! GeoJSON and FlatGeobuf as properties, CSV as columns under ACLED-like
//! names where the meaning is the same ([`csv`]). Writers and readers take
//! the names from here, so a renamed field cannot leave one format behind.
//!
//! ```
//! use sahel::io::schema::{self, FieldType};
//! use sahel::model::LocationPrecision;
//! assert_eq!(schema::FATALITIES_LOW, "fatalities_low");
//! // Counts are integers in every file, whatever the values of one file.
//! assert_eq!(schema::fixed_type(schema::WOUNDED_LOW), Some(FieldType::Integer));
//! assert_eq!(schema::geo_precision_from(schema::geo_precision_name(LocationPrecision::Near)), Some(LocationPrecision::Near));
//! ```

use crate::model::{DatePrecision, LocationPrecision};

/// The incident's identifier.
pub const ID: &str = "id";
/// The date as written by [`crate::model::IncidentDate`]'s `Display`.
pub const DATE: &str = "date";
/// First day the event may have happened (`YYYY-MM-DD`).
pub const DATE_START: &str = "date_start";
/// Last day the event may have happened (`YYYY-MM-DD`).
pub const DATE_END: &str = "date_end";
/// `day`, `week`, `month` or `year`.
pub const DATE_PRECISION: &str = "date_precision";
/// sahel's event type (`attack`, `ambush` ...).
pub const EVENT_TYPE: &str = "event_type";
/// Actor names, joined with `; ` ([`super::flat`]).
pub const ACTORS: &str = "actors";
/// The actors as the text named them.
pub const ACTOR_MENTIONS: &str = "actor_mentions";
/// The actors who acted, joined with `; ` ([`crate::actor_roles`]).
pub const PERPETRATORS: &str = "perpetrators";
/// The actors acted upon, joined with `; `.
pub const TARGETS: &str = "targets";
/// The place as the text wrote it.
pub const PLACE_WRITTEN: &str = "place_written";
/// The gazetteer's name of the resolved place.
pub const PLACE: &str = "place";
/// Region in the boundary data's scheme (Mali before 2016).
pub const REGION: &str = "region";
/// Cercle, province or département.
pub const CERCLE: &str = "cercle";
/// Region after the latest reform.
pub const REGION_CURRENT: &str = "region_current";
/// Cercle after the latest reform.
pub const CERCLE_CURRENT: &str = "cercle_current";
/// ISO 3166 alpha-2 code.
pub const COUNTRY: &str = "country";
/// `exact`, `near`, `estimated` or `region`.
pub const GEO_PRECISION: &str = "geo_precision";
/// Radius of the uncertainty circle, km.
pub const UNCERTAINTY_KM: &str = "uncertainty_km";
/// Lowest death figure reported.
pub const FATALITIES_LOW: &str = "fatalities_low";
/// Highest death figure reported.
pub const FATALITIES_HIGH: &str = "fatalities_high";
/// Lowest wounded figure reported.
pub const WOUNDED_LOW: &str = "wounded_low";
/// Highest wounded figure reported.
pub const WOUNDED_HIGH: &str = "wounded_high";
/// Source files, joined with `; `.
pub const SOURCES: &str = "sources";
/// Source sentences, joined with `| `.
pub const SOURCE_SENTENCES: &str = "source_sentences";
/// Notes, joined with `; `.
pub const NOTES: &str = "notes";
/// Added by `near` and `nearest`: great-circle distance to the query, km.
pub const DISTANCE_KM: &str = "distance_km";
/// Added by `cluster`: the cluster's number (-1 for noise).
pub const CLUSTER: &str = "cluster";

/// The CSV columns whose names differ from the properties': ACLED's names
/// where the meaning is the same.
pub mod csv {
    /// The incident's identifier.
    pub const EVENT_ID: &str = "event_id";
    /// The middle day of the date range.
    pub const EVENT_DATE: &str = "event_date";
    /// `day`, `week`, `month` or `year`.
    pub const TIME_PRECISION: &str = "time_precision";
    /// The first perpetrator (ACLED's meaning), else a clash's first side.
    pub const ACTOR1: &str = "actor1";
    /// The first target, else the other side.
    pub const ACTOR2: &str = "actor2";
    /// The resolved place, or the place as written.
    pub const LOCATION: &str = "location";
    /// Region.
    pub const ADMIN1: &str = "admin1";
    /// Cercle, province or département.
    pub const ADMIN2: &str = "admin2";
    /// Latitude, WGS 84.
    pub const LATITUDE: &str = "latitude";
    /// Longitude, WGS 84.
    pub const LONGITUDE: &str = "longitude";
    /// The conservative (low) death figure.
    pub const FATALITIES: &str = "fatalities";
    /// The conservative (low) wounded figure.
    pub const WOUNDED: &str = "wounded";
    /// Source files, joined with `; `.
    pub const SOURCE: &str = "source";
}

/// The columns of sahel's CSV, in order: ACLED's names where the meaning
/// is the same.
pub const CSV_COLUMNS: [&str; 32] = [
    csv::EVENT_ID,
    csv::EVENT_DATE,
    DATE,
    DATE_START,
    DATE_END,
    csv::TIME_PRECISION,
    EVENT_TYPE,
    csv::ACTOR1,
    csv::ACTOR2,
    ACTORS,
    ACTOR_MENTIONS,
    PERPETRATORS,
    TARGETS,
    csv::LOCATION,
    PLACE_WRITTEN,
    COUNTRY,
    csv::ADMIN1,
    csv::ADMIN2,
    REGION_CURRENT,
    CERCLE_CURRENT,
    csv::LATITUDE,
    csv::LONGITUDE,
    GEO_PRECISION,
    UNCERTAINTY_KM,
    csv::FATALITIES,
    FATALITIES_LOW,
    FATALITIES_HIGH,
    csv::WOUNDED,
    WOUNDED_HIGH,
    NOTES,
    csv::SOURCE,
    SOURCE_SENTENCES,
];

/// The CSV column that carries a property: its ACLED name where the CSV
/// uses one ([`csv`]), else the property's own name. Every property of the
/// GeoJSON and FlatGeobuf files is a column of the CSV under this name.
///
/// ```
/// use sahel::io::schema::{self, csv_column_of, CSV_COLUMNS};
/// assert_eq!(csv_column_of(schema::PLACE), "location");
/// assert_eq!(csv_column_of(schema::FATALITIES_LOW), "fatalities_low");
/// assert!(CSV_COLUMNS.contains(&csv_column_of(schema::SOURCE_SENTENCES)));
/// ```
pub fn csv_column_of(property: &str) -> &str {
    match property {
        ID => csv::EVENT_ID,
        DATE_PRECISION => csv::TIME_PRECISION,
        PLACE => csv::LOCATION,
        REGION => csv::ADMIN1,
        CERCLE => csv::ADMIN2,
        WOUNDED_LOW => csv::WOUNDED,
        SOURCES => csv::SOURCE,
        other => other,
    }
}

/// The type of a CSV column, for the `.csvt` file GDAL and QGIS read
/// beside a CSV: the same types as the GeoJSON and FlatGeobuf fields;
/// `None` for text.
pub fn csv_column_type(column: &str) -> Option<FieldType> {
    match column {
        csv::EVENT_DATE => Some(FieldType::Date),
        csv::LATITUDE | csv::LONGITUDE => Some(FieldType::Real),
        csv::FATALITIES | csv::WOUNDED => Some(FieldType::Integer),
        other => fixed_type(other),
    }
}

/// The `.csvt` line for [`CSV_COLUMNS`]: `"String","Date",...`.
pub fn csvt_line() -> String {
    CSV_COLUMNS
        .iter()
        .map(|c| match csv_column_type(c) {
            Some(FieldType::Integer) => "\"Integer\"",
            Some(FieldType::Real) => "\"Real\"",
            Some(FieldType::Date) => "\"Date\"",
            None => "\"String\"",
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// The type a field has in every file, whatever one file's values, for
/// the fields whose values alone could mislead (a file whose wounded
/// counts are all unknown must not make `wounded_low` a text column when
/// the next file makes it an integer).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    /// A whole number.
    Integer,
    /// A real number.
    Real,
    /// A day, `YYYY-MM-DD`.
    Date,
}

/// The fixed type of a field, or `None` for fields typed by their values.
pub fn fixed_type(name: &str) -> Option<FieldType> {
    match name {
        DATE_START | DATE_END => Some(FieldType::Date),
        FATALITIES_LOW | FATALITIES_HIGH | WOUNDED_LOW | WOUNDED_HIGH | CLUSTER => {
            Some(FieldType::Integer)
        }
        UNCERTAINTY_KM | DISTANCE_KM => Some(FieldType::Real),
        _ => None,
    }
}

/// The word a date precision is written as.
pub fn date_precision_name(p: DatePrecision) -> &'static str {
    match p {
        DatePrecision::Day => "day",
        DatePrecision::Week => "week",
        DatePrecision::Month => "month",
        DatePrecision::Year => "year",
    }
}

/// The date precision a word names.
pub fn date_precision_from(s: &str) -> Option<DatePrecision> {
    [
        DatePrecision::Day,
        DatePrecision::Week,
        DatePrecision::Month,
        DatePrecision::Year,
    ]
    .into_iter()
    .find(|p| date_precision_name(*p) == s)
}

/// The word a location precision is written as.
pub fn geo_precision_name(p: LocationPrecision) -> &'static str {
    match p {
        LocationPrecision::Exact => "exact",
        LocationPrecision::Near => "near",
        LocationPrecision::Estimated => "estimated",
        LocationPrecision::Region => "region",
    }
}

/// The location precision a word names.
pub fn geo_precision_from(s: &str) -> Option<LocationPrecision> {
    [
        LocationPrecision::Exact,
        LocationPrecision::Near,
        LocationPrecision::Estimated,
        LocationPrecision::Region,
    ]
    .into_iter()
    .find(|p| geo_precision_name(*p) == s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precision_words_read_back() {
        for p in [
            DatePrecision::Day,
            DatePrecision::Week,
            DatePrecision::Month,
            DatePrecision::Year,
        ] {
            assert_eq!(date_precision_from(date_precision_name(p)), Some(p));
        }
        assert_eq!(date_precision_from("fortnight"), None);
        assert_eq!(geo_precision_from("somewhere"), None);
    }
}
