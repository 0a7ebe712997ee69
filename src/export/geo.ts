// Locations in the exports. GDELT's *Geo_* columns, filled the way GDELT fills them where we can (docs/geo.md):
// - Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (first-level division).
// - CountryCode: FIPS 10-4, as GDELT uses (not ISO). ADM1Code: GDELT writes the FIPS country code followed by the
//   FIPS division code; our gazetteer has division names, not FIPS division codes, so we write the country code
//   alone, as GDELT does for country-level places. ADM2Code stays empty (GDELT fills it only in some versions).
// - FeatureID: the city list's id for cities (not a GNS id), the FIPS code for countries, empty for divisions.
// - Actor1Geo/Actor2Geo: the actor's own country at country level. GDELT places an actor at the place named nearest
//   to it in the text; we do not, so these columns say only which country the actor belongs to.
import type { Actor, EventLocation } from '../types.ts';
import { countryTable } from '../geo/index.ts';

export interface GeoCells {
  readonly type: string;
  readonly fullName: string;
  readonly countryCode: string;
  readonly adm1Code: string;
  readonly lat: string;
  readonly long: string;
  readonly featureId: string;
}

const EMPTY: GeoCells = { type: '', fullName: '', countryCode: '', adm1Code: '', lat: '', long: '', featureId: '' };

export function gdeltGeoType(location: Pick<EventLocation, 'type' | 'country'>): string {
  const us = location.country === 'USA';
  if (location.type === 'country') return '1';
  if (location.type === 'adm1') return us ? '2' : '5';
  return us ? '3' : '4';
}

export function locationCells(location: EventLocation | null | undefined): GeoCells {
  if (!location) return EMPTY;
  const fips = location.countryFips ?? '';
  return {
    type: gdeltGeoType(location),
    fullName: location.fullName,
    countryCode: fips,
    adm1Code: fips,
    lat: String(location.lat),
    long: String(location.long),
    featureId: location.type === 'country' ? fips : location.type === 'city' ? (location.featureId ?? '') : '',
  };
}

/** The actor's country as a country-level place, or empty cells for actors of no country (IGOs, regions). */
export function actorCountryCells(actor: Actor | null): GeoCells {
  if (actor === null || actor.country === null) return EMPTY;
  const c = countryTable().get(actor.country);
  if (!c) return EMPTY;
  return {
    type: '1',
    fullName: c.name,
    countryCode: c.fips,
    adm1Code: c.fips,
    lat: String(c.lat),
    long: String(c.long),
    featureId: c.fips,
  };
}
