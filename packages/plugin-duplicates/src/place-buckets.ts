import { METRES_PER_DEGREE, type GeoPoint } from './distance.js';
import type { IndexedComplaint } from './indexed-complaint.js';

/**
 * Open complaints bucketed by category and kelurahan, and by category and a grid cell of the map,
 * so a query reads only the few buckets around it instead of every complaint.
 */
export class PlaceBuckets {
  private readonly byKelurahan = new Map<string, Set<string>>();
  private readonly byCell = new Map<string, Set<string>>();

  /** `cellMetres` must be at least the largest radius queried. */
  constructor(private readonly cellMetres: number) {}

  add(complaint: IndexedComplaint): void {
    for (const key of this.keysOf(complaint)) {
      const [map, name] = key;
      let bucket = map.get(name);
      if (!bucket) {
        bucket = new Set();
        map.set(name, bucket);
      }
      bucket.add(complaint.id);
    }
  }

  remove(complaint: IndexedComplaint): void {
    for (const [map, name] of this.keysOf(complaint)) {
      const bucket = map.get(name);
      bucket?.delete(complaint.id);
      if (bucket?.size === 0) map.delete(name);
    }
  }

  /** Ids in the same category and kelurahan, or in the grid cells within `radiusMetres` of the point. */
  near(category: string | null, kelurahan: string | null, geo: GeoPoint | null, radiusMetres: number): Set<string> {
    const found = new Set<string>();
    const prefix = categoryKey(category);
    if (kelurahan !== null) for (const id of this.byKelurahan.get(`${prefix}${kelurahanKey(kelurahan)}`) ?? []) found.add(id);
    if (geo !== null) {
      const [x, y] = this.cellOf(geo);
      const spanY = Math.ceil(radiusMetres / this.cellMetres);
      // A degree of longitude shrinks away from the equator: widen the span to keep the whole radius.
      const spanX = Math.ceil(radiusMetres / (this.cellMetres * Math.max(0.1, Math.cos((geo.lat * Math.PI) / 180))));
      for (let dx = -spanX; dx <= spanX; dx++) {
        for (let dy = -spanY; dy <= spanY; dy++) for (const id of this.byCell.get(`${prefix}${x + dx}:${y + dy}`) ?? []) found.add(id);
      }
    }
    return found;
  }

  clear(): void {
    this.byKelurahan.clear();
    this.byCell.clear();
  }

  private cellOf(geo: GeoPoint): [number, number] {
    const size = this.cellMetres / METRES_PER_DEGREE;
    return [Math.floor(geo.long / size), Math.floor(geo.lat / size)];
  }

  private keysOf(complaint: IndexedComplaint): [Map<string, Set<string>>, string][] {
    const prefix = categoryKey(complaint.category);
    const keys: [Map<string, Set<string>>, string][] = [];
    if (complaint.kelurahan !== null) keys.push([this.byKelurahan, `${prefix}${kelurahanKey(complaint.kelurahan)}`]);
    if (complaint.geo !== null) keys.push([this.byCell, `${prefix}${this.cellOf(complaint.geo).join(':')}`]);
    return keys;
  }
}

const categoryKey = (category: string | null) => `${category ?? ''}\u0000`;
/** Kelurahan names are compared without case, spacing or a leading "Kel."/"Kelurahan". */
export const kelurahanKey = (kelurahan: string) =>
  kelurahan
    .toLowerCase()
    .replace(/^\s*(?:kel\.?|kelurahan)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
