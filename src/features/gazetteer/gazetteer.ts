import { AppError } from '../../server/lib/app-error';
import dataset from './dataset/dk-places.json' with { type: 'json' };

/**
 * Places in Denmark with coordinates, from GeoNames (CC BY 4.0, see dataset/ATTRIBUTION.md).
 * People say where they live by name; matching needs coordinates. A name that is not in the
 * data, or that names several places, is not guessed at: the caller hears "unknown".
 */
export interface Place {
  /** The name as shown, e.g. "Frederiksberg". */
  name: string;
  municipality: string;
  /** Unique: the name, with the municipality when several places share the name. */
  label: string;
  latE6: number;
  lonE6: number;
}

export type PlaceLookup =
  | { status: 'found'; place: Place }
  | { status: 'ambiguous'; candidates: Place[] }
  | { status: 'unknown' };

type Row = [
  name: string,
  municipality: string,
  aliases: string[],
  latE6: number,
  lonE6: number,
  region: string,
];

/** Lower case, accents off, æ/ø/å as ae/oe/aa, punctuation and runs of space as one space. */
export function normalizePlaceName(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Looser still, for people who type Danish letters as plain ones: "Koge" for Køge. */
const loosen = (key: string) => key.replace(/aa/g, 'a').replace(/ae/g, 'a').replace(/oe/g, 'o');

const rows = dataset.places as Row[];
const nameCount = new Map<string, number>();
for (const [name] of rows) {
  const key = normalizePlaceName(name);
  nameCount.set(key, (nameCount.get(key) ?? 0) + 1);
}

/** GeoNames' regions (admin1): Capital 17 and Zealand 20 east of the Great Belt, the rest west. */
const EAST_REGIONS = new Set(['17', '20']);
const regionOf = new Map<Place, string>();

export const places: readonly Place[] = rows.map(([name, municipality, , latE6, lonE6]) => ({
  name,
  municipality,
  label: (nameCount.get(normalizePlaceName(name)) ?? 0) > 1 ? `${name} (${municipality})` : name,
  latE6,
  lonE6,
}));

interface Entry {
  place: Place;
  /** every normalised name it is found by: name, aliases, label */
  keys: string[];
}
const entries: Entry[] = rows.map(([name, , aliases, , , region], i) => {
  const place = places[i] as Place;
  regionOf.set(place, region);
  const keys = [name, ...aliases, place.label, `${name} ${place.municipality}`].map(
    normalizePlaceName,
  );
  return { place, keys: [...new Set(keys)] };
});

function indexBy(key: (k: string) => string): Map<string, Place[]> {
  const index = new Map<string, Place[]>();
  for (const entry of entries) {
    for (const k of new Set(entry.keys.map(key))) {
      const list = index.get(k) ?? [];
      list.push(entry.place);
      index.set(k, list);
    }
  }
  return index;
}
const exact = indexBy((k) => k);
const loose = indexBy(loosen);

/** "8000 Aarhus C" → "aarhus": a postcode in front and a postal district letter behind. */
function withoutPostalParts(key: string): string {
  return key
    .replace(/^\d{4} /, '')
    .replace(/ (c|k|n|s|v|oe|no|noe|nv|so|soe|sv)$/, '')
    .trim();
}

/** "Viby J" (Jutland) or "Viby Sj" (Zealand): which side of the Great Belt is meant. */
function sideOf(key: string): { key: string; east: boolean } | null {
  const side = / (j|sj)$/.exec(key);
  if (!side) return null;
  return { key: key.slice(0, side.index), east: side[1] === 'sj' };
}

/**
 * The place a person means by `text`, matched by its name (or the GeoNames spelling, or
 * "Name (Municipality)"), ignoring case, accents and æ/ø/å spelt out. A place that shares its
 * name with another is found only when the municipality is given too, unless it is the
 * place of the municipality of the same name (Frederiksberg in Frederiksberg).
 */
export function findPlace(text: string): PlaceLookup {
  const key = normalizePlaceName(text);
  if (key.length < 2) return { status: 'unknown' };
  const side = sideOf(key);
  const keys = side ? [key, side.key] : [key, withoutPostalParts(key)];
  for (const k of new Set(keys)) {
    let found = exact.get(k) ?? loose.get(loosen(k));
    if (found && side && k === side.key) {
      found = found.filter((p) => EAST_REGIONS.has(regionOf.get(p) ?? '') === side.east);
    }
    if (!found || found.length === 0) continue;
    if (found.length === 1) return { status: 'found', place: found[0] as Place };
    const seat = found.filter(
      (p) => normalizePlaceName(p.municipality) === normalizePlaceName(p.name),
    );
    if (seat.length === 1) return { status: 'found', place: seat[0] as Place };
    return { status: 'ambiguous', candidates: found };
  }
  return { status: 'unknown' };
}

/**
 * Places whose name (or any word of it, or an alias) starts with `query`, for
 * autocompletion: whole-name matches first, then by name.
 */
export function searchPlaces(query: string, limit = 10): Place[] {
  const q = normalizePlaceName(query);
  if (q.length === 0) return [];
  const lq = loosen(q);
  const ranked: { place: Place; rank: number }[] = [];
  for (const { place, keys } of entries) {
    let rank = Number.POSITIVE_INFINITY;
    for (const k of keys) {
      if (k === q) rank = Math.min(rank, 0);
      else if (k.startsWith(q)) rank = Math.min(rank, 1);
      else if (k.split(' ').some((word) => word.startsWith(q))) rank = Math.min(rank, 2);
      else if (loosen(k).startsWith(lq)) rank = Math.min(rank, 3);
    }
    if (rank < Number.POSITIVE_INFINITY) ranked.push({ place, rank });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || a.place.label.localeCompare(b.place.label, 'da'))
    .slice(0, limit)
    .map((r) => r.place);
}

/** Where the data comes from, for the API and the README. */
export const gazetteerSource = dataset.source;

/**
 * The gazetteer's place for `text`, or a 400 naming the field: matching measures distances
 * only between places it knows, so a form does not take a place it cannot use.
 */
export function knownPlace(text: string, path: string): Place {
  const found = findPlace(text);
  if (found.status === 'found') return found.place;
  throw AppError.invalid([
    {
      path,
      messageKey:
        found.status === 'ambiguous' ? 'validation.ambiguous_place' : 'validation.unknown_place',
      params: {
        place: text.trim(),
        candidates:
          found.status === 'ambiguous' ? found.candidates.map((p) => p.label).join(', ') : '',
      },
    },
  ]);
}

/** The profile, once its place is known (in the person's own words: "Viby J" stays). */
export function withKnownPlace<P extends { place: string }>(profile: P, path: string): P {
  knownPlace(profile.place, path);
  return profile;
}
