// A small gazetteer for the geo tests: real places with rounded figures, written for the tests.
import {
  buildGazetteer,
  type AliasRow,
  type CityRow,
  type CountryInfo,
  type Gazetteer,
} from '../../src/geo/gazetteer.ts';

const row = (
  city: string,
  iso3: string,
  admin: string,
  population: number,
  lat: number,
  lng: number,
  capital = '',
  id = `${iso3}-${city}`,
): CityRow => ({ city, city_ascii: city, iso3, admin_name: admin, population, lat, lng, capital, id });

export const CITIES: readonly CityRow[] = [
  row('Kyiv', 'UKR', 'Kyiv, Misto', 2_960_000, 50.45, 30.52, 'primary'),
  row('Bucha', 'UKR', 'Kyivska Oblast', 35_000, 50.54, 30.22, 'minor'),
  row('Bila Tserkva', 'UKR', 'Kyivska Oblast', 208_000, 49.8, 30.11),
  row('Kharkiv', 'UKR', 'Kharkivska Oblast', 1_440_000, 49.99, 36.23, 'admin'),
  row('Odesa', 'UKR', 'Odeska Oblast', 1_010_000, 46.48, 30.73, 'admin'),
  row('Odessa', 'USA', 'Texas', 134_000, 31.87, -102.37),
  row('Donetsk', 'UKR', 'Donetska Oblast', 929_000, 48.0, 37.8, 'admin'),
  row('Donetsk', 'RUS', 'Rostovskaya Oblast’', 47_000, 48.33, 39.95),
  row('Kramatorsk', 'UKR', 'Donetska Oblast', 159_000, 48.72, 37.56, 'minor'),
  row('Mariupol', 'UKR', 'Donetska Oblast', 449_000, 47.1, 37.55, 'minor'),
  row('Luhansk', 'UKR', 'Luhanska Oblast', 418_000, 48.57, 39.31, 'admin'),
  row('Simferopol', 'UKR', 'Krym, Avtonomna Respublika', 341_000, 44.95, 34.1, 'admin'),
  row('Moscow', 'RUS', 'Moskva', 12_000_000, 55.75, 37.62, 'primary'),
  row('Minsk', 'BLR', 'Minsk', 2_000_000, 53.9, 27.57, 'primary'),
  row('Paris', 'FRA', 'Île-de-France', 11_000_000, 48.86, 2.35, 'primary'),
  row('Paris', 'USA', 'Texas', 24_000, 33.66, -95.55),
  row('Washington', 'USA', 'District of Columbia', 4_800_000, 38.9, -77.04, 'primary'),
  row('Brest', 'BLR', 'Brestskaya Voblasts’', 340_000, 52.1, 23.7, 'admin'),
  row('Brest', 'FRA', 'Bretagne', 140_000, 48.39, -4.49, 'minor'),
  row('Armenia', 'COL', 'Quindío', 300_000, 4.53, -75.68),
  row('Summit', 'USA', 'New Jersey', 22_000, 40.72, -74.36),
  row('An', 'MMR', 'Rakhine State', 10_000, 19.78, 94.03),
  row('Reading', 'GBR', 'Reading', 318_000, 51.45, -0.97),
  row('Ivano-Frankivsk', 'UKR', 'Ivano-Frankivska Oblast', 238_000, 48.92, 24.71, 'admin'),
];

export const COUNTRIES: readonly CountryInfo[] = [
  { iso3: 'UKR', fips: 'UP', name: 'Ukraine', lat: 49, long: 32 },
  { iso3: 'RUS', fips: 'RS', name: 'Russia', lat: 60, long: 100 },
  { iso3: 'BLR', fips: 'BO', name: 'Belarus', lat: 53, long: 28 },
  { iso3: 'USA', fips: 'US', name: 'United States', lat: 38, long: -97 },
  { iso3: 'FRA', fips: 'FR', name: 'France', lat: 46, long: 2 },
  { iso3: 'GBR', fips: 'UK', name: 'United Kingdom', lat: 54, long: -2 },
  { iso3: 'ARM', fips: 'AM', name: 'Armenia', lat: 40, long: 45 },
];

const ALIASES: readonly AliasRow[] = [
  { alias: 'Kiev', target: 'Kyiv', country: 'UKR', kind: 'city' },
  { alias: 'Odessa', target: 'Odesa', country: 'UKR', kind: 'city' },
  { alias: 'Crimea', target: 'Krym, Avtonomna Respublika', country: 'UKR', kind: 'adm1' },
  { alias: 'Kremlin', target: 'Moscow', country: 'RUS', kind: 'landmark' },
];

export function smallGazetteer(): Gazetteer {
  return buildGazetteer(CITIES, COUNTRIES, ALIASES, [], ['Afghan', 'Russian', 'Ukrainian', 'Russians']);
}
