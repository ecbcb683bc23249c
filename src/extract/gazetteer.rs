//! Gazetteer: countries, demonyms, capitals and major cities (GeoNames data, CC-BY 4.0).
